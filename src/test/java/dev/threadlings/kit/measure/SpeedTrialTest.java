package dev.threadlings.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadlings.kit.process.JavaCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SpeedTrialTest {

    /** Burns CPU on the calling thread for about {@code millis} of wall time. */
    static void spin(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long x = 0;
        while (System.nanoTime() < end) {
            x += x * 31 + 7;
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    /**
     * Burns this thread's CPU time for the milliseconds given, however long that takes on a busy machine (a spin
     * by the wall clock may get only a quarter of a core there).
     */
    static void spinCpu(long millis) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (threads.getCurrentThreadCpuTime() < end) {
            spin(1);
        }
    }

    /** A child main that burns CPU time for the milliseconds given. */
    public static final class Spinner {
        private Spinner() {
        }

        public static void main(String[] args) {
            spinCpu(Long.parseLong(args[0]));
        }
    }

    @Test
    void warms_up_then_rotates_the_order_of_the_contenders_every_round() {
        List<String> order = new ArrayList<>();

        Comparison comparison = new SpeedTrial(1, 3, CpuClock.ownProcess())
                .run(() -> order.add("B"), () -> order.add("R"), () -> order.add("L"));

        assertThat(String.join("", order)).isEqualTo("BRL" + "BRL" + "RLB" + "LBR");
        assertThat(comparison.baseline()).hasSize(3);
        assertThat(comparison.reference()).hasSize(3);
        assertThat(comparison.learner()).hasSize(3);
    }

    @Test
    void stops_after_two_rounds_when_the_learner_is_far_slower_than_the_reference() {
        Comparison comparison = new SpeedTrial(0, 5, CpuClock.ownProcess())
                .run(() -> spin(20), () -> spin(10), () -> spin(100));

        assertThat(comparison.learner()).hasSize(2);
        assertThat(comparison.learnerSpeedup()).isLessThan(0.5);
    }

    @Test
    void gives_up_after_the_first_warm_up_when_the_learner_is_hopelessly_slow() {
        List<String> order = new ArrayList<>();

        Comparison comparison = new SpeedTrial(2, 5, CpuClock.ownProcess()).run(() -> order.add("B"),
                () -> {
                    order.add("R");
                    spin(10);
                }, () -> {
                    order.add("L");
                    spin(1100);
                });

        assertThat(String.join("", order)).isEqualTo("BRL");
        assertThat(comparison.learner()).hasSize(1);
        assertThat(comparison.learnerSpeedup()).isLessThan(0.1);
    }

    @Test
    void measures_this_jvms_cpu_time_during_the_work() {
        CpuUse use = CpuClock.ownProcess().measure(() -> spinCpu(300));

        assertThat(use.wall().toMillis()).isBetween(300L, 30_000L);
        assertThat(use.ownCpuNanos()).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(280));
        assertThat(use.childCpuNanos()).isZero();
    }

    @Test
    void measures_the_cpu_time_of_child_processes_that_have_exited() throws Exception {
        CpuUse use = CpuClock.withChildren().measure(() -> {
            try {
                Process child = new ProcessBuilder(JavaCommand.forMain(Spinner.class, "600")).start();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(use.childCpuNanos()).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(550));
        assertThat(use.ownCpuNanos()).isLessThan(use.childCpuNanos());
    }

    @Test
    void the_idle_check_sees_a_thread_left_spinning() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        Thread spinner = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get()) {
                spin(10);
            }
        });
        try {
            Comparison comparison = new SpeedTrial(0, 1, CpuClock.ownProcess()).run(() -> { }, () -> { }, () -> { });

            assertThat(comparison.idle().coresBusy()).isGreaterThan(SpeedVerdict.Criteria.CPU_BOUND.idleCores());
        } finally {
            stop.set(true);
            spinner.join();
        }
        Comparison quiet = new SpeedTrial(0, 1, CpuClock.ownProcess()).run(() -> { }, () -> { }, () -> { });
        assertThat(quiet.idle().coresBusy()).isLessThan(SpeedVerdict.Criteria.CPU_BOUND.idleCores());
    }

    @Test
    void rejects_settings_that_measure_nothing() {
        assertThatThrownBy(() -> new SpeedTrial(0, 0, CpuClock.ownProcess()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
