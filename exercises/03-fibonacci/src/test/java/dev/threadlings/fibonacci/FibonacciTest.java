package dev.threadlings.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.TodoExtension;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Correctness of every strategy: run it with {@code ./mvnw test -pl exercises/03-fibonacci -am}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("correctness")
class FibonacciTest {

    static Stream<Named<Supplier<FibonacciRunner>>> strategies() {
        return Stream.of(
                Named.of("SequentialFibonacci (task 1)", SequentialFibonacci::new),
                Named.of("ThreadPerTaskFibonacci (task 2)", ThreadPerTaskFibonacci::new),
                Named.of("GilFibonacci with your GlobalInterpreterLock (tasks 3, 4)",
                        () -> new GilFibonacci(new GlobalInterpreterLock())),
                Named.of("EventLoopFibonacci (task 5)", EventLoopFibonacci::new),
                Named.of("ForkJoinFibonacci (task 6)", ForkJoinFibonacci::new),
                Named.of("MultiprocessFibonacci(2) (task 7)", () -> new MultiprocessFibonacci(2)));
    }

    /** fib(n) by iteration, the tests' own check: fib(1) = 0, fib(2) = 1. */
    static long expected(int n) {
        long a = 0;
        long b = 1;
        for (int i = 1; i < n; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        return a;
    }

    private static List<Long> run(Supplier<FibonacciRunner> strategy, List<Integer> ns) {
        try (FibonacciRunner runner = strategy.get()) {
            return runner.fibs(ns);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void computes_fibonacci_numbers_in_input_order(Supplier<FibonacciRunner> strategy) {
        List<Integer> ns = List.of(31, 1, 2, 10, 33, 10, 25);

        List<Long> results = run(strategy, ns);

        assertThat(results).as("fib of %s, in input order (fib(1) = 0, fib(2) = 1)", ns)
                .containsExactlyElementsOf(ns.stream().map(FibonacciTest::expected).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void returns_no_results_for_no_positions(Supplier<FibonacciRunner> strategy) {
        assertThat(run(strategy, List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void rejects_a_position_below_one_before_any_work(Supplier<FibonacciRunner> strategy) {
        try (FibonacciRunner runner = strategy.get()) {
            FibChecks.refusesBeforeAnyWork(runner.getClass().getSimpleName(), runner, List.of(20, 0, 21), 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void rejects_a_position_past_92_before_any_work(Supplier<FibonacciRunner> strategy) {
        try (FibonacciRunner runner = strategy.get()) {
            FibChecks.refusesBeforeAnyWork(runner.getClass().getSimpleName(), runner, List.of(22, 23, 100), 100);
        }
    }

    static Stream<Arguments> kernels() {
        return Stream.of(
                Arguments.of(Named.of("SequentialFibonacci (task 1)", (Supplier<FibonacciRunner>) SequentialFibonacci::new),
                        "fib"),
                Arguments.of(Named.of("ThreadPerTaskFibonacci (task 2)",
                        (Supplier<FibonacciRunner>) ThreadPerTaskFibonacci::new), "fib"),
                Arguments.of(Named.of("GilFibonacci with your GlobalInterpreterLock (task 4)",
                        (Supplier<FibonacciRunner>) () -> new GilFibonacci(new GlobalInterpreterLock())),
                        "interpretedFib"),
                Arguments.of(Named.of("EventLoopFibonacci (task 5)", (Supplier<FibonacciRunner>) EventLoopFibonacci::new),
                        "fib"),
                Arguments.of(Named.of("ForkJoinFibonacci (task 6)", (Supplier<FibonacciRunner>) ForkJoinFibonacci::new),
                        "split"),
                Arguments.of(Named.of("MultiprocessFibonacci(2) (task 7)",
                        (Supplier<FibonacciRunner>) () -> new MultiprocessFibonacci(2)), "fib"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void computes_each_position_with_the_kit_kernel_in_every_call(Supplier<FibonacciRunner> strategy, String kernel) {
        List<Integer> ns = List.of(21, 25, 21);
        try (FibonacciRunner runner = strategy.get()) {
            String name = runner.getClass().getSimpleName();
            for (int call = 1; call <= 2; call++) {
                FibChecks.Run run = FibChecks.record(runner, ns);
                assertThat(run.results()).as("fib of %s, in input order", ns)
                        .containsExactlyElementsOf(ns.stream().map(FibonacciTest::expected).toList());
                FibChecks.kernelPerPosition(name, kernel, run, ns, call, name.startsWith("Multiprocess"));
            }
        }
    }
}
