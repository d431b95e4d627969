package dev.threadlings.hidden.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.downloads.Download;
import dev.threadlings.downloads.DownloadChecks;
import dev.threadlings.downloads.DownloadMessages;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import dev.threadlings.kit.measure.Tries;
import dev.threadlings.kit.sites.RequestJournal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every strategy gives the right answers on inputs the learner has not seen. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Tag("correctness")
class CorrectnessTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    /** The same checks for each strategy; each nested class below picks one. */
    abstract static class Suite {

        abstract Strategy strategy();

        int size() {
            return 3;
        }

        private List<Download> run(List<URI> sites) {
            try (SiteDownloader downloader = strategy().create(size())) {
                return downloader.downloadAll(sites);
            }
        }

        /**
         * Runs the strategy and judges its results; when the only differences are healthy pages that timed out
         * (a machine too busy to answer within the contract's second), it is tried again, up to three times.
         */
        private void assertRunMatches(UnseenPages pages) {
            List<Download> results = Tries.upTo(() -> run(pages.sites()),
                    run -> Results.onlyHealthyPagesTimedOut(pages.expected(), run)).getLast();
            Results.assertMatch(strategy().className(), pages.expected(), results);
        }

        @Test
        @Points(2)
        void returns_one_result_per_site_in_input_order_with_duplicates() {
            assertRunMatches(UnseenPages.healthy(SITES.server(), 0x5eed_0001L + strategy().ordinal(), 17));
        }

        @Test
        @Points(2)
        void keeps_failed_pages_with_their_errors_and_fetches_the_rest() {
            assertRunMatches(UnseenPages.withFailures(SITES.server(), 0x5eed_0100L + strategy().ordinal(), 9));
        }

        @Test
        @Points(1)
        void requests_every_site_in_every_call_duplicates_included() {
            List<URI> pages = SITES.server().servePages("again-" + strategy().ordinal(), 5, 300, Duration.ofMillis(5));
            List<List<URI>> calls = List.of(
                    List.of(pages.get(0), pages.get(1), pages.get(2), pages.get(1)),
                    List.of(pages.get(2), pages.get(3), pages.get(0), pages.get(4), pages.get(4)));
            try (SiteDownloader downloader = strategy().create(size())) {
                for (int call = 0; call < calls.size(); call++) {
                    List<URI> sites = calls.get(call);
                    RequestJournal before = SITES.server().journal();
                    List<Download> results = downloader.downloadAll(sites);
                    assertThat(results).as(DownloadMessages.wrongCount(strategy().className(), sites.size(),
                            results == null ? 0 : results.size())).isNotNull().hasSize(sites.size());
                    DownloadChecks.requestedEveryTime(strategy().className(), call + 1, sites, before,
                            SITES.server());
                }
            }
        }

        @Test
        @Points(1)
        void returns_an_empty_list_for_no_sites() {
            assertThat(run(List.of()))
                    .as("%s must return an empty list for no sites (and start nothing)", strategy().className())
                    .isNotNull().isEmpty();
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
    class Threaded extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.THREADED;
        }
    }

    @Nested
    @Tag("task:3")
    class Async extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.ASYNC;
        }
    }

    @Nested
    @Tag("task:4")
    class VirtualThreads extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.VIRTUAL;
        }
    }

    @Nested
    @Tag("task:5")
    class Multiprocess extends Suite {
        @Override
        Strategy strategy() {
            return Strategy.MULTIPROCESS;
        }

        /** Two workers: enough to deal the sites out, one JVM start fewer per call than three. */
        @Override
        int size() {
            return 2;
        }
    }
}
