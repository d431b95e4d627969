package dev.threadlings.hidden.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.threadlings.fibonacci.FibonacciRunner;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.Todo;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.messages.KernelMessages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every strategy gives the right numbers for positions the learner has not seen, from the kit's kernels. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("correctness")
class CorrectnessTest {

    /** Seeded unseen positions: the smallest, small and large ones, duplicates, in a random order. */
    static List<Integer> unseen(long seed) {
        Random random = new Random(seed);
        List<Integer> ns = new ArrayList<>(List.of(1, 2, 3, 31));
        for (int i = 0; i < 6; i++) {
            ns.add(4 + random.nextInt(25));
        }
        ns.add(ns.get(random.nextInt(ns.size())));
        ns.add(ns.get(random.nextInt(ns.size())));
        Collections.shuffle(ns, random);
        return ns;
    }

    /** The same checks for each strategy; each nested class below picks one. */
    abstract static class Suite {

        abstract Strategy strategy();

        @Test
        @Points(2)
        void returns_the_right_numbers_in_input_order_for_unseen_positions() {
            List<Integer> ns = unseen(0x5eed_0300L + strategy().ordinal());
            try (FibonacciRunner runner = strategy().create()) {
                Fibs.assertCorrect(strategy().className(), ns, runner.fibs(ns));
            }
        }

        @Test
        @Points(1)
        void computes_every_position_with_the_kits_kernel_in_every_call() {
            List<Integer> ns = List.of(24, 22, 26, 22);
            try (FibonacciRunner runner = strategy().create()) {
                for (int round = 0; round < 2; round++) {
                    Fibs.Run run = Fibs.record(runner, ns);
                    Fibs.assertCorrect(strategy().className(), ns, run.results());
                    String kernel = strategy().kernel().equals("interpreted") ? "interpretedFib" : "fib";
                    List<Long> arguments = run.calls().stream().filter(c -> c.kernel().equals(kernel))
                            .map(KernelCall::argument).sorted().toList();
                    if (strategy().kernel().equals("split")) {
                        assertThat(arguments)
                                .as("%s made no Kernels.fib call in its second run: the tasks must end in the"
                                        + " kit's kernel, every call, not in a formula or a cache", strategy().className())
                                .isNotEmpty();
                    } else {
                        assertThat(arguments)
                                .as(arguments.isEmpty() ? KernelMessages.noCalls(strategy().className(), "Kernels."
                                        + kernel + "(n)", strategy() == Strategy.MULTIPROCESS)
                                        : String.format(Locale.ROOT, "%s called Kernels.%s with %s for positions %s"
                                        + " (round %d): expected exactly one call per position, in every call; a"
                                        + " cache, a formula or a loop skips the work the exercise measures",
                                        strategy().className(), kernel, arguments, ns, round + 1))
                                .containsExactlyElementsOf(ns.stream().map(Long::valueOf).sorted().toList());
                    }
                }
            }
        }

        @Test
        @Points(1)
        void returns_an_empty_list_for_no_positions() {
            try (FibonacciRunner runner = strategy().create()) {
                assertThat(runner.fibs(List.of()))
                        .as("%s must return an empty list for no positions", strategy().className())
                        .isNotNull().isEmpty();
            }
        }

        @Test
        @Points(1)
        void refuses_a_position_outside_1_to_92_before_any_work() {
            try (FibonacciRunner runner = strategy().create();
                    dev.threadlings.kit.kernels.KernelLog.Recording recording = dev.threadlings.kit.kernels.KernelLog.start()) {
                Throwable thrown = catchThrowable(() -> runner.fibs(List.of(20, 93, 21)));
                if (Todo.isTodo(thrown)) {
                    throw (RuntimeException) thrown; // a stub: not attempted, not wrong
                }
                assertThat(thrown)
                        .as("%s must throw IllegalArgumentException for position 93 (fib(93) overflows a long),"
                                + " unwrapped from any CompletionException or ExecutionException",
                                strategy().className())
                        .isInstanceOf(IllegalArgumentException.class);
                List<String> computed = recording.calls().stream()
                        .map(c -> c.kernel() + "(" + c.argument() + ") on " + c.thread()).toList();
                assertThat(computed)
                        .as("%s computed %s before refusing position 93: check every position before any work"
                                + " starts", strategy().className(), computed)
                        .isEmpty();
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
    class ThreadPerTask extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.THREAD_PER_TASK;
        }
    }

    @Nested
    @Tag("task:4")
    class Gil extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.GIL;
        }
    }

    @Nested
    @Tag("task:5")
    class EventLoop extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.EVENT_LOOP;
        }
    }

    @Nested
    @Tag("task:6")
    class ForkJoin extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.FORK_JOIN;
        }
    }

    @Nested
    @Tag("task:7")
    class Multiprocess extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.MULTIPROCESS;
        }
    }
}
