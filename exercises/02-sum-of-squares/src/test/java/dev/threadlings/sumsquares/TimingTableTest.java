package dev.threadlings.sumsquares;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.Todo;
import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.kernels.KernelLog;
import dev.threadlings.kit.measure.CpuClock;
import dev.threadlings.kit.measure.TextTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Times every strategy on the seed's workload and prints a table: how long, how many cores it kept busy
 * (CPU time of this JVM and its worker processes over wall time: about 1 for one thread, up to the
 * number of cores), how many kernel calls, and how many threads and processes did them. Strategies still on their TODO show as "TODO" rows. Only what
 * cannot flake is asserted (right results, one kernel call per number); the times are for you to read.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("speedup")
class TimingTableTest {

    /** The seed's workload: {@code [5_000_000 + x for x in range(20)]}. */
    private static final List<Integer> NUMBERS =
            IntStream.range(0, 20).mapToObj(x -> Expected.SEED + x).toList();

    private record Strategy(String name, Supplier<SumOfSquares> create) {
    }

    @Test
    void prints_how_long_each_strategy_takes_on_the_seed_workload() {
        int cores = Runtime.getRuntime().availableProcessors();
        List<BigInteger> expected = Expected.sumsOf(NUMBERS);
        List<Long> expectedCalls = NUMBERS.stream().map(Integer::longValue).sorted().toList();
        TextTable table = new TextTable("strategy", "time", "cores busy", "kernel calls", "threads", "processes",
                "correct");
        List<String> failures = new ArrayList<>();
        RuntimeException firstTodo = null;

        try (ExecutorService oneThread = Executors.newSingleThreadExecutor();
                ExecutorService pool = Executors.newFixedThreadPool(cores)) {
            List<Strategy> strategies = List.of(
                    new Strategy("SequentialSumOfSquares", SequentialSumOfSquares::new),
                    new Strategy("ThreadedSumOfSquares(" + cores + ")", () -> new ThreadedSumOfSquares(cores)),
                    new Strategy("AsyncSumOfSquares, 1 thread", () -> new AsyncSumOfSquares(oneThread)),
                    new Strategy("AsyncSumOfSquares, " + cores + " threads", () -> new AsyncSumOfSquares(pool)),
                    new Strategy("ForkJoinSumOfSquares", ForkJoinSumOfSquares::new),
                    new Strategy("MultiprocessSumOfSquares(2)", () -> new MultiprocessSumOfSquares(2)));
            for (Strategy strategy : strategies) {
                try (SumOfSquares sums = strategy.create().get()) {
                    sums.sumAll(NUMBERS); // warm-up: class loading and the JIT
                    CpuClock.Measured<List<BigInteger>> run;
                    List<KernelCall> calls;
                    try (KernelLog.Recording recording = KernelLog.start()) {
                        run = CpuClock.withChildren().measure(() -> sums.sumAll(NUMBERS));
                        calls = recording.calls().stream().filter(c -> c.kernel().equals("sumOfSquares")).toList();
                    }
                    boolean correct = expected.equals(run.value());
                    List<Long> arguments = calls.stream().map(KernelCall::argument).sorted().toList();
                    long threads = calls.stream().map(c -> c.pid() + "/" + c.threadId()).distinct().count();
                    long processes = calls.stream().map(KernelCall::pid).distinct().count();
                    table.row(strategy.name(), run.use().wall().toMillis() + " ms",
                            String.format(java.util.Locale.ROOT, "%.1f", run.use().coresBusy()), calls.size(), threads,
                            processes,
                            correct ? "yes" : "NO");
                    if (!correct) {
                        failures.add(SumOfSquaresMessages.wrongResults(strategy.name(), NUMBERS, expected, run.value()));
                    }
                    if (!arguments.equals(expectedCalls)) {
                        failures.add(SumOfSquaresMessages.wrongKernelCalls(strategy.name(), NUMBERS, arguments));
                    }
                } catch (RuntimeException e) {
                    if (!Todo.isTodo(e)) {
                        throw e;
                    }
                    table.row(strategy.name(), "TODO", "", "", "", "", "not attempted yet");
                    firstTodo = firstTodo == null ? e : firstTodo;
                }
            }
        }
        System.out.printf("%n%d numbers from %,d, %d cores:%n%s%n", NUMBERS.size(), Expected.SEED, cores, table);
        if (firstTodo != null) {
            throw firstTodo;
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }
}
