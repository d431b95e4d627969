package dev.threadlings.benchmarks;

import dev.threadlings.sumsquares.AsyncSumOfSquares;
import dev.threadlings.sumsquares.ForkJoinSumOfSquares;
import dev.threadlings.sumsquares.MultiprocessSumOfSquares;
import dev.threadlings.sumsquares.SequentialSumOfSquares;
import dev.threadlings.sumsquares.SumOfSquares;
import dev.threadlings.sumsquares.ThreadedSumOfSquares;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exercise 02's reference strategies on the lesson's workload: {@code sum(i * i for i in range(n))} for
 * the 20 numbers {@code 5_000_000} to {@code 5_000_019}.
 *
 * <p>One operation is one {@code sumAll} of the 20 numbers; the multiprocess strategy starts its worker
 * JVMs in every operation, as the lesson's process pool does, so their start-up is part of its time.
 * Each strategy is checked once against the closed form before it is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class SumOfSquaresBenchmark {

    /** The lesson's numbers: {@code 5_000_000 + x} for {@code x < 20}. */
    static final List<Integer> NUMBERS = IntStream.range(0, 20).map(x -> 5_000_000 + x).boxed().toList();

    /**
     * The strategy: {@code sequential}, {@code threads} (a pool of {@link #workers} threads), {@code async}
     * (CompletableFutures on a one-thread executor: the asyncio lesson), {@code async-pool} (the same on a
     * pool of {@link #workers} threads), {@code fork-join} (the common pool and the calling thread), or
     * {@code processes} (a pool of {@link #workers} JVMs).
     */
    @Param({"sequential", "threads", "async", "async-pool", "fork-join", "processes"})
    public String strategy;

    /** Threads or processes for {@code threads}, {@code async-pool} and {@code processes}; 0: one per core. */
    @Param("0")
    public int workers;

    private SumOfSquares sums;
    private ExecutorService executor;

    /** Makes the strategy and checks its answer once. */
    @Setup(Level.Trial)
    public void setUp() {
        int n = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        sums = switch (strategy) {
            case "sequential" -> new SequentialSumOfSquares();
            case "threads" -> new ThreadedSumOfSquares(n);
            case "async" -> {
                executor = Executors.newSingleThreadExecutor();
                yield new AsyncSumOfSquares(executor);
            }
            case "async-pool" -> {
                executor = Executors.newFixedThreadPool(n);
                yield new AsyncSumOfSquares(executor);
            }
            case "fork-join" -> new ForkJoinSumOfSquares();
            case "processes" -> new MultiprocessSumOfSquares(n);
            default -> throw new IllegalArgumentException("unknown strategy: " + strategy);
        };
        check(sums.sumAll(NUMBERS));
    }

    /** Closes the strategy and the executor it ran on, if any. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (sums != null) {
            sums.close();
        }
        if (executor != null) {
            executor.close();
        }
    }

    /**
     * Sums the squares below each of the 20 numbers.
     *
     * @return the sums, so that JMH consumes them
     */
    @Benchmark
    public List<BigInteger> sumAll() {
        return sums.sumAll(NUMBERS);
    }

    private void check(List<BigInteger> results) {
        if (results.size() != NUMBERS.size()) {
            throw new IllegalStateException(strategy + " returned " + results.size() + " sums for "
                    + NUMBERS.size() + " numbers");
        }
        for (int i = 0; i < NUMBERS.size(); i++) {
            BigInteger n = BigInteger.valueOf(NUMBERS.get(i));
            // sum of i*i for i < n = (n - 1) n (2n - 1) / 6
            BigInteger expected = n.subtract(BigInteger.ONE).multiply(n)
                    .multiply(n.shiftLeft(1).subtract(BigInteger.ONE)).divide(BigInteger.valueOf(6));
            if (!expected.equals(results.get(i))) {
                throw new IllegalStateException(strategy + " got the sum for " + n + " wrong: " + results.get(i)
                        + " instead of " + expected);
            }
        }
    }
}
