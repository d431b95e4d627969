package dev.threadlings.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Each message says what was expected, what was measured (with numbers) and what to try. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DownloadMessagesTest {

    @Test
    void in_flight_names_the_expected_and_measured_counts_and_the_hint() {
        assertThat(DownloadMessages.inFlight("ThreadedDownloader(5)", "exactly 5", 1, 16,
                "Are you calling get() on each future before submitting the next task?"))
                .isEqualTo("ThreadedDownloader(5) kept 1 request in flight at most while fetching 16 pages"
                        + " (expected exactly 5, as the server's journal counts them). Are you calling get() on"
                        + " each future before submitting the next task?");
    }

    @Test
    void wrong_count_guesses_the_cause_from_the_direction() {
        assertThat(DownloadMessages.wrongCount("SequentialDownloader", 12, 9))
                .contains("returned 9 results for 12 sites").contains("failed site dropped");
        assertThat(DownloadMessages.wrongCount("SequentialDownloader", 12, 13)).contains("fetched and added twice");
    }

    @Test
    void wrong_order_names_the_position_and_both_sites() {
        assertThat(DownloadMessages.wrongOrder("AsyncDownloader", 3, URI.create("http://h/a"), URI.create("http://h/b")))
                .startsWith("AsyncDownloader put the result for http://h/b at position 3, where http://h/a was given.")
                .contains("input order");
    }

    @Test
    void too_slow_and_too_fast_carry_the_numbers() {
        assertThat(DownloadMessages.tooSlow("AsyncDownloader", Duration.ofMillis(2100), "ceil(100 / 100) × 100 ms",
                "All in flight?")).isEqualTo("AsyncDownloader took 2100 ms; its bound is ceil(100 / 100) × 100 ms."
                        + " All in flight?");
        assertThat(DownloadMessages.tooFastForSequential("SequentialDownloader", Duration.ofMillis(130), 8,
                Duration.ofMillis(60))).contains("in 130 ms, less than 8 × 60 = 480 ms");
    }

    @Test
    void leaks_list_what_was_left_and_how_to_close_it() {
        assertThat(DownloadMessages.leakedThreads("ThreadedDownloader", List.of("pool-3-thread-1")))
                .contains("left 1 thread alive").contains("[pool-3-thread-1]").contains("try-with-resources");
        assertThat(DownloadMessages.leakedProcesses("MultiprocessDownloader", List.of("pid 7 (java)", "pid 8 (java)")))
                .contains("left 2 child processes alive").contains("waitFor()");
        assertThat(DownloadMessages.tooFewProcesses("MultiprocessDownloader", 3, 1))
                .contains("asked for 3 worker processes, but 1 child process was seen");
    }
}
