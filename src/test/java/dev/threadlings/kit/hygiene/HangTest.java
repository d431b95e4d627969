package dev.threadlings.kit.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class HangTest {

    @Test
    void junit_s_timeout_is_told_from_other_timeouts() {
        assertThat(Hang.isTimeout(new TimeoutException("returns_sums() timed out after 5 seconds"))).isTrue();
        assertThat(Hang.isTimeout(new TimeoutException("the server did not answer"))).isFalse();
        assertThat(Hang.isTimeout(new IllegalStateException("timed out after 5 seconds"))).isFalse();
    }

    @Test
    void a_deadlock_is_named_with_both_threads_and_their_locks() throws Exception {
        ReentrantLock left = new ReentrantLock();
        ReentrantLock right = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread one = new Thread(() -> crossed(left, right, bothHoldOne), "crossed-1");
        Thread two = new Thread(() -> crossed(right, left, bothHoldOne), "crossed-2");
        one.start();
        two.start();
        try {
            String diagnosis = null;
            for (int i = 0; i < 100 && (diagnosis == null || !diagnosis.startsWith("Deadlocked")); i++) {
                Thread.sleep(50);
                diagnosis = Hang.diagnose(HangTest::mine);
            }
            assertThat(diagnosis).startsWith("Deadlocked: the JVM's deadlock detection found 2 threads")
                    .contains("\"crossed-1\" WAITING, waiting for java.util.concurrent.locks.ReentrantLock")
                    .contains("held by \"crossed-2\"")
                    .contains("\"crossed-2\" WAITING").contains("held by \"crossed-1\"")
                    .contains("at dev.threadlings.kit.hygiene.HangTest.crossed");
        } finally {
            one.interrupt();
            two.interrupt();
            one.join(5000);
            two.join(5000);
        }
    }

    @Test
    void without_a_deadlock_it_shows_the_threads_that_run_project_code() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread waiter = new Thread(() -> waitFor(release), "waits-forever");
        waiter.start();
        try {
            Thread.sleep(100);
            String diagnosis = Hang.diagnose(HangTest::mine);
            assertThat(diagnosis).startsWith("What the threads running the tests' and your code were doing")
                    .contains("\"waits-forever\" WAITING")
                    .contains("at dev.threadlings.kit.hygiene.HangTest.waitFor");
            assertThat(diagnosis.lines().count()).isLessThanOrEqualTo(Hang.MAX_LINES + 1);
        } finally {
            release.countDown();
            waiter.join(5000);
        }
    }

    private static boolean mine(StackTraceElement frame) {
        return frame.getClassName().startsWith(HangTest.class.getName());
    }

    private static void crossed(ReentrantLock first, ReentrantLock second, CountDownLatch bothHoldOne) {
        try {
            first.lockInterruptibly();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await();
                second.lockInterruptibly();
                second.unlock();
            } finally {
                first.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
