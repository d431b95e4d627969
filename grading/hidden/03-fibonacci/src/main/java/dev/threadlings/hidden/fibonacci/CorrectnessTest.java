package dev.threadlings.hidden.fibonacci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.fibonacci.FibChecks;
import dev.threadlings.fibonacci.FibonacciRunner;
import dev.threadlings.kit.junit.Points;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
                    FibChecks.Run run = FibChecks.record(runner, ns);
                    Fibs.assertCorrect(strategy().className(), ns, run.results());
                    String kernel = switch (strategy().kernel()) {
                        case "interpreted" -> "interpretedFib";
                        case "split" -> "split";
                        default -> "fib";
                    };
                    FibChecks.kernelPerPosition(strategy().className(), kernel, run, ns, round + 1,
                            strategy() == Strategy.MULTIPROCESS);
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
            try (FibonacciRunner runner = strategy().create()) {
                FibChecks.refusesBeforeAnyWork(strategy().className(), runner, List.of(20, 93, 21), 93);
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
