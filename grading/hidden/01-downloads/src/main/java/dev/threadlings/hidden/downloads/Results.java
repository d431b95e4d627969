package dev.threadlings.hidden.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.downloads.Download;
import dev.threadlings.downloads.DownloadMessages;
import java.util.List;

/** Compares a strategy's results with the expected ones, with teaching messages. */
final class Results {

    private Results() {
    }

    /**
     * Checks count, order, status, bytes and that failures carry an error.
     *
     * @param strategy the learner's class name
     * @param expected what a correct strategy returns
     * @param actual what the learner's strategy returned
     */
    static void assertMatch(String strategy, List<Download> expected, List<Download> actual) {
        assertThat(actual).as(DownloadMessages.wrongCount(strategy, expected.size(),
                actual == null ? 0 : actual.size())).isNotNull().hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Download want = expected.get(i);
            Download got = actual.get(i);
            assertThat(got).as("%s returned null at position %d", strategy, i).isNotNull();
            assertThat(got.site()).as(DownloadMessages.wrongOrder(strategy, i, want.site(), got.site()))
                    .isEqualTo(want.site());
            String expectedText = want.ok() ? "200 with " + want.bytes() + " bytes"
                    : want.status() == 0 ? "no response (" + want.error().toLowerCase().replace('_', ' ') + ")"
                    : "HTTP " + want.status();
            String message = DownloadMessages.wrongResult(strategy, want.site(), expectedText, got.toString());
            if (want.ok()) {
                assertThat(got).as(message).isEqualTo(want);
            } else {
                assertThat(got.status()).as(message).isEqualTo(want.status());
                assertThat(got.ok()).as(message).isFalse();
                assertThat(got.error()).as(message).isNotBlank();
            }
        }
    }

    /**
     * Tells whether results differ from the expected ones only in pages that should have come back and timed out
     * instead: on a machine too busy to answer within the contract's timeout (a cold worker JVM among several
     * starting at once, say), not a sign of a wrong strategy.
     *
     * @param expected what a correct strategy returns
     * @param actual what the learner's strategy returned
     * @return {@code true} when some result differs and every difference is such a timeout
     */
    static boolean onlyHealthyPagesTimedOut(List<Download> expected, List<Download> actual) {
        if (actual == null || actual.size() != expected.size()) {
            return false;
        }
        boolean differs = false;
        for (int i = 0; i < expected.size(); i++) {
            Download want = expected.get(i);
            Download got = actual.get(i);
            if (got == null || !got.site().equals(want.site())) {
                return false;
            }
            boolean same = want.ok() ? got.equals(want) : !got.ok() && got.status() == want.status();
            if (!same) {
                if (!want.ok() || got.ok() || got.error() == null || !got.error().contains("Timeout")) {
                    return false;
                }
                differs = true;
            }
        }
        return differs;
    }
}
