package dev.threadlings.kit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(10)
class DeadlineTest {

    @Test
    void gives_the_result_of_work_done_in_time() {
        Deadline.Outcome<String> outcome = Deadline.run("quick", () -> "done", Duration.ofSeconds(5));

        assertThat(outcome.cut()).isFalse();
        assertThat(outcome.value()).isEqualTo("done");
    }

    @Test
    void cuts_work_that_outlasts_the_deadline_and_hands_over_its_thread() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        Deadline.Outcome<String> outcome = Deadline.run("hangs", awaiting(never), Duration.ofMillis(200));

        assertThat(outcome.cut()).isTrue();
        assertThat(outcome.value()).isNull();
        assertThat(outcome.runner().isAlive()).as("still waiting").isTrue();
        assertThat(outcome.runner().isDaemon()).as("never keeps a JVM alive").isTrue();
        outcome.runner().interrupt();
        outcome.runner().join(Duration.ofSeconds(5));
        assertThat(outcome.runner().isAlive()).isFalse();
    }

    @Test
    void cuts_hopeless_work_at_once_and_waits_for_work_with_a_chance() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        Deadline.Outcome<String> outcome = Deadline.run("retries-for-ever", awaiting(never), Duration.ofSeconds(8), () -> asked.incrementAndGet() >= 3);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcome.cut()).isTrue();
        assertThat(asked).hasValue(3);
        assertThat(tookMillis).as("cut when found hopeless, not at the deadline").isLessThan(4_000);
        outcome.runner().interrupt();
        outcome.runner().join(Duration.ofSeconds(5));

        Deadline.Outcome<String> slow = Deadline.run("slow-but-fine", () -> {
            try {
                Thread.sleep(300);
                return "done";
            } catch (InterruptedException e) {
                return "interrupted";
            }
        }, Duration.ofSeconds(5), () -> false);
        assertThat(slow.cut()).isFalse();
        assertThat(slow.value()).isEqualTo("done");
    }

    @Test
    void rethrows_what_the_work_threw_as_it_is() {
        assertThatThrownBy(() -> Deadline.run("throws", () -> {
            throw new UnsupportedOperationException("TODO(x): not yet");
        }, Duration.ofSeconds(5))).isInstanceOf(UnsupportedOperationException.class).hasMessage("TODO(x): not yet");
    }

    /** Work that waits on a latch until it is counted down or its thread interrupted. */
    private static java.util.function.Supplier<String> awaiting(CountDownLatch latch) {
        return () -> {
            try {
                latch.await();
                return "woke";
            } catch (InterruptedException e) {
                return "interrupted";
            }
        };
    }
}
