package vn.ictindex.scoring;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The CPU time of one full scoring of the generated group, for a machine too busy for wall-clock figures: the process's
 * CPU time (the scoring thread, the garbage collector and the JIT compiler together) per scoring, after warm-up.
 * Arguments: warm-up scorings (default 8) and measured scorings (default 10). Run it with
 * {@code -XX:ActiveProcessorCount=1} in {@code -Djmh.jvm} for the serial collector of a one-core machine.
 */
public final class CpuTimeOfScoring {

    private CpuTimeOfScoring() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Appendix appendix = SyntheticGroup.appendix();
        List<UnitInputs> units = SyntheticGroup.units(appendix);
        CompiledAppendix compiled = ScoringEngine.compile(appendix);
        GroupResult result = null;
        for (int i = 0; i < warmUp; i++) {
            result = compiled.score(units);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] perRun = new long[measured];
        for (int i = 0; i < measured; i++) {
            long before = os.getProcessCpuTime();
            result = compiled.score(units);
            perRun[i] = os.getProcessCpuTime() - before;
        }
        long total = 0;
        for (long t : perRun) {
            total += t;
        }
        long[] sorted = perRun.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("process CPU time per scoring of %d units: mean %d ms, median %d ms, best %d ms (%d measured"
                        + " after %d warm-up); first rank %s%n", units.size(), total / measured / 1_000_000,
                sorted[measured / 2] / 1_000_000, sorted[0] / 1_000_000, measured, warmUp,
                result.ranking().get(0).rank());
    }
}
