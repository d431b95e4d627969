package dev.threadlings.hidden.sumsquares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.Todo;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.sumsquares.SumChecks;
import dev.threadlings.sumsquares.SumOfSquares;
import dev.threadlings.sumsquares.SumOfSquaresMessages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every strategy gives exact answers on numbers the learner has not seen, from the kit's kernel. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("correctness")
class CorrectnessTest {

    /** Seeded unseen numbers: small and large, around where a long overflows, the seed's n, duplicates. */
    static List<Integer> unseen(long seed) {
        Random random = new Random(seed);
        List<Integer> numbers = new ArrayList<>(List.of(0, 1, 2, 3_037_000, 3_037_001, 5_000_000));
        for (int i = 0; i < 10; i++) {
            numbers.add(random.nextInt(4_000_000));
        }
        numbers.add(numbers.get(random.nextInt(numbers.size())));
        numbers.add(numbers.get(random.nextInt(numbers.size())));
        Collections.shuffle(numbers, random);
        return numbers;
    }

    /** The same checks for each strategy; each nested class below picks one. */
    abstract static class Suite {

        abstract Strategy strategy();

        /** Three threads or executor threads; two worker processes, one JVM start fewer per call. */
        int size() {
            return strategy() == Strategy.MULTIPROCESS ? 2 : 3;
        }

        @Test
        @Points(2)
        void returns_exact_sums_in_input_order_for_unseen_numbers() {
            List<Integer> numbers = unseen(0x5eed_0200L + strategy().ordinal());
            try (SumOfSquares strategy = strategy().create(size())) {
                Sums.assertCorrect(strategy().className(), numbers, strategy.sumAll(numbers));
            }
        }

        @Test
        @Points(2)
        void calls_the_kernel_once_per_number_in_every_call() {
            List<Integer> numbers = List.of(200_000, 100_000, 300_000, 100_000, 250_000);
            try (SumOfSquares strategy = strategy().create(size())) {
                for (int round = 0; round < 2; round++) {
                    SumChecks.Run run = SumChecks.record(strategy, numbers);
                    Sums.assertCorrect(strategy().className(), numbers, run.results());
                    List<Long> arguments = run.calls().stream().map(KernelCall::argument).sorted().toList();
                    assertThat(arguments)
                            .as(SumOfSquaresMessages.kernelCalls(strategy().className(), numbers.size(),
                                    run.calls().size(), strategy() == Strategy.MULTIPROCESS))
                            .containsExactlyElementsOf(numbers.stream().map(Long::valueOf).sorted().toList());
                }
            }
        }

        @Test
        @Points(1)
        void returns_an_empty_list_for_no_numbers() {
            try (SumOfSquares strategy = strategy().create(size())) {
                assertThat(strategy.sumAll(List.of()))
                        .as("%s must return an empty list for no numbers (and start nothing)", strategy().className())
                        .isNotNull().isEmpty();
            }
        }

        @Test
        @Points(1)
        void refuses_a_negative_number_with_illegal_argument_exception() {
            try (SumOfSquares strategy = strategy().create(size())) {
                Throwable thrown = catchThrowable(() -> strategy.sumAll(List.of(10, -4, 20)));
                if (Todo.isTodo(thrown)) {
                    throw (RuntimeException) thrown; // a stub: not attempted, not wrong
                }
                assertThat(thrown)
                        .as("%s must throw IllegalArgumentException for a negative number (as Kernels.sumOfSquares"
                                + " does), unwrapped from any CompletionException or ExecutionException",
                                strategy().className())
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Nested
    @Tag("task:1")
    class Sequential extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.SEQUENTIAL;
        }
    }

    @Nested
    @Tag("task:2")
    class Threaded extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.THREADED;
        }
    }

    @Nested
    @Tag("task:3")
    class Async extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.ASYNC;
        }
    }

    @Nested
    @Tag("task:4")
    class ForkJoin extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.FORK_JOIN;
        }
    }

    @Nested
    @Tag("task:5")
    class Multiprocess extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.MULTIPROCESS;
        }
    }
}
