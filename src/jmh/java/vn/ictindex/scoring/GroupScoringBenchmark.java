package vn.ictindex.scoring;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One full scoring of the generated target group ({@link SyntheticGroup}: 10,000 units × 150 leaf criteria), on one
 * thread, in a 512 MB heap. Each measured invocation scores the whole group once; the inputs are generated once per
 * fork and held for the whole run, as a real scoring run holds them.
 *
 * <p>{@code score} measures {@link CompiledAppendix#score}; {@code compileAndScore} adds
 * {@link ScoringEngine#compile}, which is what {@link ScoringEngine#score} does. Run with {@code -prof gc} for the
 * allocation per operation (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 15)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-Xms512m"})
@Threads(1)
public class GroupScoringBenchmark {

    private Appendix appendix;
    private List<UnitInputs> units;
    private CompiledAppendix compiled;

    @Setup(Level.Trial)
    public void generate() {
        appendix = SyntheticGroup.appendix();
        units = SyntheticGroup.units(appendix);
        compiled = ScoringEngine.compile(appendix);
        System.out.println();
        System.out.println(SyntheticGroup.describe(appendix, units));
    }

    @Benchmark
    public GroupResult score() {
        return compiled.score(units);
    }

    @Benchmark
    public GroupResult compileAndScore() {
        return ScoringEngine.compile(appendix).score(units);
    }
}
