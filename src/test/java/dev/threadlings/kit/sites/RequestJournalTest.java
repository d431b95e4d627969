package dev.threadlings.kit.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequestJournalTest {

    private static final long MS = 1_000_000;

    private static ServedRequest request(String path, long fromMillis, long toMillis) {
        return new ServedRequest(path, 1_000 * MS + fromMillis * MS, 1_000 * MS + toMillis * MS);
    }

    @Test
    void an_empty_journal_has_nothing_in_flight() {
        RequestJournal journal = RequestJournal.of(List.of());
        assertThat(journal.count()).isZero();
        assertThat(journal.maxInFlight()).isZero();
        assertThat(journal.span()).isEqualTo(Duration.ZERO);
        assertThat(journal.timeline(40)).isEqualTo("no requests");
    }

    @Test
    void requests_that_touch_do_not_overlap() {
        RequestJournal journal = RequestJournal.of(List.of(
                request("/b", 100, 200), request("/a", 0, 100), request("/c", 200, 300)));
        assertThat(journal.maxInFlight()).isEqualTo(1);
        assertThat(journal.requests()).extracting(ServedRequest::path).containsExactly("/a", "/b", "/c");
        assertThat(journal.span()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void counts_the_most_requests_in_flight_at_one_instant() {
        RequestJournal journal = RequestJournal.of(List.of(
                request("/a", 0, 100), request("/b", 50, 150), request("/c", 60, 70),
                request("/d", 100, 200), request("/a", 140, 160)));
        assertThat(journal.maxInFlight()).isEqualTo(3);
        assertThat(journal.count()).isEqualTo(5);
        assertThat(journal.count("/a")).isEqualTo(2);
        assertThat(journal.count("/z")).isZero();
    }

    @Test
    void a_request_cannot_complete_before_it_arrives() {
        assertThatThrownBy(() -> new ServedRequest("/x", 10, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ServedRequest("/x", 10, 10).duration()).isEqualTo(Duration.ZERO);
    }

    @Test
    void draws_one_row_per_request_on_a_shared_time_axis() {
        RequestJournal journal = RequestJournal.of(List.of(
                request("/pages/0", 0, 100), request("/pages/1", 100, 200)));
        String timeline = journal.timeline(20);
        assertThat(timeline.lines()).containsExactly(
                "2 requests, at most 1 in flight, over 200.0 ms (1 column = 10.0 ms)",
                "/pages/0 |##########          | 100.0 ms",
                "/pages/1 |          ##########| 100.0 ms");
    }

    @Test
    void summarises_many_requests_as_levels_of_concurrency() {
        List<ServedRequest> requests = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            requests.add(request("/burst/" + i, i, 100 + i));
        }
        String timeline = RequestJournal.of(requests).timeline(50);
        List<String> lines = timeline.lines().toList();
        assertThat(lines.get(0)).startsWith("100 requests, at most 100 in flight, over 199.0 ms");
        assertThat(lines).hasSizeLessThanOrEqualTo(12);
        assertThat(lines.get(2)).startsWith("100 |").contains("#");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("    +" + "-".repeat(50) + "+");
        assertThat(lines.subList(2, lines.size() - 1)).allSatisfy(line -> assertThat(line).hasSize(3 + 2 + 50 + 1));
    }

    @Test
    void shortens_long_paths_and_raises_tiny_widths() {
        String longPath = "/" + "x".repeat(60);
        String timeline = RequestJournal.of(List.of(request(longPath, 0, 10))).timeline(1);
        String row = timeline.lines().toList().get(1);
        assertThat(row).startsWith("...").contains("|" + "#".repeat(10) + "|");
        assertThat(row.indexOf('|')).isLessThanOrEqualTo(29);
    }

    @Test
    void counts_refusals_by_reason_and_keeps_the_answered_requests_apart() {
        RequestJournal journal = RequestJournal.of(List.of(request("/a", 0, 100),
                new ServedRequest("/b", 1_000 * MS, 1_001 * MS, 429, Refusal.OVER_THE_RATE),
                new ServedRequest("/c", 1_002 * MS, 1_003 * MS, 403, Refusal.BANNED),
                request("/d", 50, 150)));

        assertThat(journal.count(Refusal.OVER_THE_RATE)).isEqualTo(1);
        assertThat(journal.count(Refusal.TOO_MANY_IN_FLIGHT)).isZero();
        assertThat(journal.answered().requests()).extracting(ServedRequest::path).containsExactly("/a", "/d");
        assertThat(journal.answered().maxInFlight()).isEqualTo(2);
        assertThat(journal.toString()).endsWith("; refused: 1 × 429 (over the site's rate), 1 × 403 (banned for"
                + " ignoring Retry-After)");
        assertThat(journal.timeline(20).lines()).filteredOn(l -> l.startsWith("/b ")).singleElement()
                .asString().endsWith(" 429");
    }

    @Test
    void the_most_arrivals_in_any_window_is_what_a_rate_limit_bounds() {
        List<ServedRequest> requests = new ArrayList<>();
        for (long at : new long[] {0, 100, 200, 999, 1_000, 1_050, 1_100, 1_150, 3_000}) {
            requests.add(request("/p" + at, at, at + 10));
        }
        RequestJournal journal = RequestJournal.of(requests);

        assertThat(journal.maxArrivalsWithin(Duration.ofSeconds(1))).as("200..1150 ms: 6 arrivals").isEqualTo(6);
        assertThat(journal.maxArrivalsWithin(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(RequestJournal.of(List.of()).maxArrivalsWithin(Duration.ofSeconds(1))).isZero();
        assertThatThrownBy(() -> journal.maxArrivalsWithin(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
