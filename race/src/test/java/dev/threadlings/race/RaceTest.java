package dev.threadlings.race;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RaceTest {

    @Test
    void prints_every_row_of_the_lesson_beside_pythons_figures_with_the_machine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Race(8, Duration.ofMillis(20), 24, 1, Set.of("downloads", "sums", "fib"), 0,
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(); // the crawl: the test of its own below
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("cores seen by the JVM").contains("Java " + Runtime.version());
        assertThat(out).contains("8 downloads × 20 ms, sequential, one session").contains("15.1 s")
                .contains("thread pool of 5").contains("3.29 s").contains("virtual threads")
                .contains("process pool of 4").contains("IP banned");
        assertThat(out).contains("sum of squares, 20 numbers from 5,000,000, sequential").contains("9.06 s")
                .contains("async on one thread").contains("fork/join").contains("3.03 s");
        assertThat(out).contains("fib(24) and fib(25), sequential").contains("64.5 s")
                .contains("interpreted kernel, one after the other")
                .contains("interpreted kernel, two threads under a GIL built in Java").contains("64.0 s (the GIL)")
                .contains("interpreted kernel, two threads, no GIL").contains("free-threaded")
                .contains("fork/join").contains("two worker processes");
        assertThat(out).contains("8 in flight at most").contains("1 in flight at most");
        assertThat(out.lines().filter(l -> l.contains(" s  ")).count()).isGreaterThanOrEqualTo(18);
    }

    @Test
    void runs_only_the_part_asked_for() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Race(8, Duration.ofMillis(20), 24, 1, Set.of("fib"), 0,
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("fib(24) and fib(25), sequential").doesNotContain("downloads")
                .doesNotContain("sum of squares");
        assertThat(out.lines().filter(l -> l.contains(" s  ")).count()).isEqualTo(8);
    }

    @Test
    void scales_the_cpu_work_until_the_sequential_sum_takes_the_seconds_asked_for_and_prints_both_rows() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Race(8, Duration.ofMillis(20), 24, 1, Set.of("sums"), 0.3,
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("sum of squares, 20 numbers from 5,000,000, sequential")
                .containsPattern("sum of squares, 20 numbers from [0-9,]+, sequential \\(the work ×[0-9]+\\)")
                .containsPattern("process pool of [0-9]+ \\(the work ×[0-9]+\\)")
                .contains("as the lesson's did (9.06 s)");
        assertThat(out.lines().filter(l -> l.contains(" s  ")).count()).as("5 rows, then the same 5 scaled")
                .isEqualTo(10);
    }

    @Test
    void the_scaled_numbers_grow_the_work_in_proportion_and_their_sums_are_checked_by_the_closed_form() {
        assertThat(Race.scaled(3)).first().isEqualTo(15_000_000);
        assertThat(Race.sumOfSquaresBelow(5_000_000)).hasToString("41666654166667500000");
        assertThat(Race.sumOfSquaresBelow(4)).hasToString("14");
        assertThat(Race.scaleFor(0.001)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_crawl_rows_show_the_naive_crawler_banned_and_each_polite_one_against_its_floor() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Race(24, Duration.ofMillis(10), 24, 1, Set.of("crawl"), 0,
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).containsPattern("unbounded async \\(given\\) +not measured \\(IP banned\\) +[0-9.]+ s +banned"
                + " after [0-9]+ requests");
        assertThat(out).contains("bounded: 4 virtual threads, a Semaphore").contains("async, a window of 4")
                .contains("token bucket 20/s, burst 2").contains("429 + Retry-After")
                .contains("2 worker processes sharing 20/s");
        assertThat(out.lines().filter(l -> l.contains("not banned")).count()).as("five polite crawlers, none banned")
                .isEqualTo(5);
        assertThat(out).containsPattern("floor \\(N - burst\\) / R = \\([0-9]+ - 4\\) / 20 = [0-9.]+ s")
                .containsPattern("floor [0-9.]+ s \\(each level over 4 × 10 ms\\)")
                .contains("its asyncio and process-pool runs got the author's IP banned");
    }
}
