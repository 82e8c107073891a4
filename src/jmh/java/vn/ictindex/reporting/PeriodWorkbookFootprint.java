package vn.ictindex.reporting;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.SyntheticGroup;
import vn.ictindex.scoring.UnitInputs;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Time and heap of writing the whole-period workbook for the engine benchmark's generated group (10,000 units × 186
 * nodes, 150 of them criteria). Two steps, because scoring that group alone needs about 450 MB (docs/performance.md)
 * while the workbook must be written in 256 MB, as it will be from stored result snapshots:
 *
 * <ol>
 *   <li>{@code prepare FILE}: scores the group and stores its rows (points per node, totals, class, rank) in a plain
 *       binary file; run with a large heap.</li>
 *   <li>{@code write FILE OUT [runs] [--hold]}: writes the workbook from those rows, read one at a time from the file
 *       (or, with {@code --hold}, all held in memory first, as {@link GroupScores#of} holds them), {@code runs}
 *       times, printing the time of each run, the peak heap and the file size; exits 1 on OutOfMemoryError.</li>
 * </ol>
 */
public final class PeriodWorkbookFootprint {

    private PeriodWorkbookFootprint() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("prepare")) {
            prepare(Path.of(args[1]));
        } else if (args.length >= 3 && args[0].equals("write")) {
            int runs = args.length > 3 && !args[3].startsWith("--") ? Integer.parseInt(args[3]) : 3;
            boolean hold = List.of(args).contains("--hold");
            write(Path.of(args[1]), Path.of(args[2]), runs, hold);
        } else {
            System.out.println("usage: prepare FILE | write FILE OUT [runs] [--hold]");
            System.exit(2);
        }
    }

    private static void prepare(Path file) throws IOException {
        Appendix appendix = SyntheticGroup.appendix();
        List<UnitInputs> units = SyntheticGroup.units(appendix);
        long start = System.nanoTime();
        GroupResult result = ScoringEngine.score(appendix, units);
        System.out.printf("scored %d units in %d ms%n", units.size(), (System.nanoTime() - start) / 1_000_000);
        Map<String, GroupScores.UnitLabel> labels = new HashMap<>();
        for (UnitInputs unit : units) {
            String number = unit.unitId().substring(3);
            labels.put(unit.unitId(), new GroupScores.UnitLabel(unit.unitId(),
                    "Ủy ban nhân dân xã Đức Phổ số " + Integer.parseInt(number)));
        }
        GroupScores rows = GroupScores.of(appendix, result, labels);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(rows.size());
            rows.forEach(row -> {
                try {
                    out.writeUTF(row.unitCode());
                    out.writeUTF(row.unitName());
                    out.writeInt(row.points().length);
                    for (double p : row.points()) {
                        out.writeDouble(p);
                    }
                    writeDecimal(out, row.total());
                    writeDecimal(out, row.applicableMax());
                    writeDecimal(out, row.percent());
                    out.writeUTF(row.classification() == null ? "" : row.classification());
                    out.writeInt(row.rank() == null ? -1 : row.rank());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        System.out.printf("rows of %d units written to %s (%d KB)%n", rows.size(), file, Files.size(file) / 1024);
    }

    private static void write(Path rows, Path target, int runs, boolean hold) throws IOException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        try {
            GroupScores.Columns columns = GroupScores.Columns.of(SyntheticGroup.appendix());
            int count;
            try (DataInputStream in = new DataInputStream(Files.newInputStream(rows))) {
                count = in.readInt();
            }
            GroupScores source = hold ? held(columns, rows, count) : streamed(columns, rows, count);
            System.out.printf("max heap %d MB; %d units × %d nodes, rows %s; after GC before writing: %d MB%n",
                    mb(maxHeap), count, columns.columns().size(), hold ? "held in memory" : "streamed from the file",
                    mb(usedAfterGc()));
            for (int run = 1; run <= runs; run++) {
                resetPeaks();
                long start = System.nanoTime();
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                    PeriodWorkbook.write("BẢNG TỔNG HỢP ĐIỂM (nhóm tạo sinh)", List.of(source), true, out,
                            (done, of) -> { });
                }
                System.out.printf("run %d: %d ms elapsed, %d ms on the writing thread's CPU, peak heap occupancy %d MB,"
                                + " file %d KB%n", run, (System.nanoTime() - start) / 1_000_000,
                        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000,
                        mb(peakHeap()), Files.size(target) / 1024);
            }
            System.out.printf("OK with -Xmx%dm%n", mb(maxHeap));
        } catch (OutOfMemoryError e) {
            System.out.printf("OutOfMemoryError with -Xmx%dm: %s%n", mb(maxHeap), e.getMessage());
            System.exit(1);
        }
    }

    /** Rows read one at a time from the file on every pass: nothing of the group stays in memory. */
    private static GroupScores streamed(GroupScores.Columns columns, Path file, int count) {
        return new GroupScores() {
            public Columns columns() {
                return columns;
            }

            public int size() {
                return count;
            }

            public void forEach(Consumer<UnitScores> row) {
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file),
                        1 << 16))) {
                    in.readInt();
                    for (int i = 0; i < count; i++) {
                        row.accept(read(in));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static GroupScores held(GroupScores.Columns columns, Path file, int count) {
        List<GroupScores.UnitScores> all = new ArrayList<>(count);
        streamed(columns, file, count).forEach(all::add);
        return new GroupScores() {
            public Columns columns() {
                return columns;
            }

            public int size() {
                return all.size();
            }

            public void forEach(Consumer<UnitScores> row) {
                all.forEach(row);
            }
        };
    }

    private static GroupScores.UnitScores read(DataInputStream in) throws IOException {
        String code = in.readUTF();
        String name = in.readUTF();
        double[] points = new double[in.readInt()];
        for (int p = 0; p < points.length; p++) {
            points[p] = in.readDouble();
        }
        BigDecimal total = readDecimal(in);
        BigDecimal max = readDecimal(in);
        BigDecimal percent = readDecimal(in);
        String classification = in.readUTF();
        int rank = in.readInt();
        return new GroupScores.UnitScores(code, name, points, total, max, percent,
                classification.isEmpty() ? null : classification, rank < 0 ? null : rank);
    }

    private static void writeDecimal(DataOutputStream out, BigDecimal value) throws IOException {
        out.writeUTF(value == null ? "" : value.toPlainString());
    }

    private static BigDecimal readDecimal(DataInputStream in) throws IOException {
        String text = in.readUTF();
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
