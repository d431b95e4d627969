package dev.threadlings.kit.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A never-closed client that learner code drops loses its threads to the next garbage collection, so a hygiene
 * check could miss it; one reported while a check watches keeps them, every time.
 */
@Timeout(60)
class KeptReachableTest {

    @Test
    @SuppressWarnings("try") // the watch is a scope: it acts while open
    void a_dropped_client_loses_its_thread_to_a_collection_unless_it_was_reported_while_watched() throws Exception {
        String kept;
        String dropped;
        try (KeptReachable.Scope watching = KeptReachable.watch()) {
            kept = selectorThreadOf(true);
            dropped = selectorThreadOf(false);
            assertThat(KeptReachable.kept()).isEqualTo(1);

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (alive().contains(dropped) && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(100);
            }

            assertThat(alive()).as("the dropped client's thread ended after a collection").doesNotContain(dropped)
                    .as("the reported client's thread lives on").contains(kept);
        }
        assertThat(KeptReachable.kept()).as("nothing is kept once no check watches").isZero();
    }

    @Test
    void outside_a_check_nothing_is_kept() {
        KeptReachable.report(new Object());

        assertThat(KeptReachable.kept()).isZero();
    }

    /** Makes a client, reports it or not, drops it and returns the name of its selector thread. */
    private static String selectorThreadOf(boolean report) {
        Set<String> before = alive();
        HttpClient client = HttpClient.newHttpClient();
        if (report) {
            KeptReachable.report(client);
        }
        Set<String> started = alive();
        started.removeAll(before);
        assertThat(started).as("the client's selector thread").singleElement();
        return started.iterator().next();
    }

    private static Set<String> alive() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.contains("SelectorManager")).collect(Collectors.toSet());
    }
}
