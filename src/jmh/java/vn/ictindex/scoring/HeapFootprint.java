package vn.ictindex.scoring;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap a full scoring of the generated group needs: used heap after a full GC while holding the inputs, and while
 * holding the inputs and the {@link GroupResult}. Run it with a given {@code -Xmx} (docs/performance.md); it exits
 * with status 1 if it runs out of memory. An optional argument is the number of scorings to run (default 3), each
 * replacing the previous result, so that a heap that only just fits the first run also has to survive the garbage of
 * the next ones.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long maxHeap = Runtime.getRuntime().maxMemory();
        try {
            Appendix appendix = SyntheticGroup.appendix();
            List<UnitInputs> units = SyntheticGroup.units(appendix);
            System.out.println(SyntheticGroup.describe(appendix, units));
            long base = usedAfterGc();
            System.out.printf("max heap %d MB; after GC holding the inputs: %d MB%n", mb(maxHeap), mb(base));
            CompiledAppendix compiled = ScoringEngine.compile(appendix);
            GroupResult result = null;
            resetPeaks();
            for (int run = 1; run <= runs; run++) {
                result = null;
                long start = System.nanoTime();
                result = compiled.score(units);
                System.out.printf("run %d: %d ms (not a benchmark: JIT warm-up included)%n", run,
                        (System.nanoTime() - start) / 1_000_000);
            }
            long peak = peakHeap();
            long held = usedAfterGc();
            System.out.printf("after GC holding the inputs and the result: %d MB (the result alone: %d MB);"
                            + " peak heap occupancy seen by the GC during scoring: %d MB%n", mb(held), mb(held - base),
                    mb(peak));
            System.out.printf("OK with -Xmx%dm: %d units scored, first rank %s%n", mb(maxHeap),
                    result.units().size(), result.ranking().get(0).rank());
            java.lang.ref.Reference.reachabilityFence(units);
            java.lang.ref.Reference.reachabilityFence(result);
        } catch (OutOfMemoryError e) {
            System.out.printf("OutOfMemoryError with -Xmx%dm: %s%n", mb(maxHeap), e.getMessage());
            System.exit(1);
        }
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

    /** The sum of the heap pools' peaks: an upper bound of what was live at once, garbage included. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
