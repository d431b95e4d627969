package dev.threadlings.sumsquares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.threadlings.kit.junit.TodoExtension;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.kernels.KernelLog;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Correctness of every strategy: run it with {@code ./mvnw test -pl exercises/02-sum-of-squares -am}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("correctness")
class SumOfSquaresTest {

    /** The async strategy's executor: the test owns it, so the strategy must not shut it down. */
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);

    static Stream<Named<Supplier<SumOfSquares>>> strategies() {
        return Stream.of(
                Named.of("SequentialSumOfSquares (task 1)", SequentialSumOfSquares::new),
                Named.of("ThreadedSumOfSquares(3) (task 2)", () -> new ThreadedSumOfSquares(3)),
                Named.of("AsyncSumOfSquares on 2 threads (task 3)", () -> new AsyncSumOfSquares(EXECUTOR)),
                Named.of("ForkJoinSumOfSquares (task 4)", ForkJoinSumOfSquares::new),
                Named.of("MultiprocessSumOfSquares(2) (task 5)", () -> new MultiprocessSumOfSquares(2)));
    }

    @AfterAll
    static void closeTheExecutor() {
        EXECUTOR.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void computes_exact_sums_in_input_order(Supplier<SumOfSquares> strategy) {
        // The big one first, and up to ten calls: threads that add results as they finish return the small ones
        // before it, though a busy machine may run them one after another in some calls
        List<Integer> numbers = List.of(Expected.SEED, 1000, 0, 1, 7, 1000, 2, 123_457);

        List<BigInteger> results = run(strategy, numbers);
        for (int call = 1; call < 10 && results.equals(Expected.sumsOf(numbers)); call++) {
            results = run(strategy, numbers);
        }

        assertThat(results).as(SumOfSquaresMessages.wrongResults(name(strategy), numbers, Expected.sumsOf(numbers),
                results)).containsExactlyElementsOf(Expected.sumsOf(numbers));
        assertThat(results.get(0)).as("sum(i * i for i in range(5_000_000)), which overflows a long")
                .isEqualTo(Expected.SEED_SUM);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void returns_no_results_for_no_numbers(Supplier<SumOfSquares> strategy) {
        assertThat(run(strategy, List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void rejects_a_negative_number_with_an_illegal_argument_exception(Supplier<SumOfSquares> strategy) {
        Throwable thrown = catchThrowable(() -> run(strategy, List.of(10, -3, 20)));

        Expected.rethrowTodo(thrown);
        assertThat(thrown).as(SumOfSquaresMessages.notIllegalArgument(name(strategy), thrown))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void calls_the_kernel_exactly_once_per_number(Supplier<SumOfSquares> strategy) {
        List<Integer> numbers = List.of(30_000, 10_000, 20_000, 10_000, 40_000);
        List<Long> calls;
        try (KernelLog.Recording recording = KernelLog.start()) {
            run(strategy, numbers);
            calls = recording.calls().stream()
                    .filter(call -> call.kernel().equals("sumOfSquares"))
                    .map(KernelCall::argument)
                    .sorted()
                    .toList();
        }

        List<Long> expected = numbers.stream().map(Integer::longValue).sorted().toList();
        assertThat(calls).as(SumOfSquaresMessages.wrongKernelCalls(name(strategy), numbers, calls))
                .containsExactlyElementsOf(expected);
    }

    private static List<BigInteger> run(Supplier<SumOfSquares> strategy, List<Integer> numbers) {
        try (SumOfSquares sums = strategy.get()) {
            return sums.sumAll(numbers);
        }
    }

    private static String name(Supplier<SumOfSquares> strategy) {
        try (SumOfSquares sums = strategy.get()) {
            return sums.getClass().getSimpleName();
        }
    }
}
