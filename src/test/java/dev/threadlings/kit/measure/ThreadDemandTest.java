package dev.threadlings.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(30)
class ThreadDemandTest {

    @BeforeEach
    void the_kernel_gives_scheduler_statistics() {
        assumeTrue(ThreadDemand.now().isPresent(), "no /proc/thread-self/schedstat here (not Linux)");
    }

    @Test
    void a_sleeping_thread_wants_no_core() throws InterruptedException {
        ThreadDemand before = ThreadDemand.now().orElseThrow();
        Thread.sleep(300);
        ThreadDemand slept = ThreadDemand.now().orElseThrow().since(before);

        assertThat(slept.wantedNanos() / 1e6).as("ms running or queued in a 300 ms sleep").isLessThan(60);
    }

    @Test
    void a_spinning_thread_wants_a_core_all_along_even_on_cores_shared_with_many_others() {
        int busy = 3 * Runtime.getRuntime().availableProcessors();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> others = new ArrayList<>();
        for (int i = 0; i < busy; i++) {
            others.add(Thread.ofPlatform().daemon().start(() -> {
                while (!stop.get()) {
                    SpeedTrialTest.spin(1);
                }
            }));
        }
        try {
            ThreadDemand before = ThreadDemand.now().orElseThrow();
            long start = System.nanoTime();
            SpeedTrialTest.spin(400);
            double wallMillis = (System.nanoTime() - start) / 1e6;
            ThreadDemand spun = ThreadDemand.now().orElseThrow().since(before);

            assertThat(spun.wantedNanos() / 1e6).as("ms running or queued in a %.0f ms spin beside %d busy threads"
                    + " (CPU %.0f ms)", wallMillis, busy, spun.cpuNanos() / 1e6).isGreaterThan(wallMillis * 0.8);
        } finally {
            stop.set(true);
            others.forEach(Thread::interrupt);
        }
    }
}
