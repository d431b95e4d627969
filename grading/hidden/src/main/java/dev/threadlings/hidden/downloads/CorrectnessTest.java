package dev.threadlings.hidden.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.downloads.Download;
import dev.threadlings.downloads.SiteDownloader;
import dev.threadlings.kit.junit.Points;
import dev.threadlings.kit.junit.SiteServerExtension;
import java.net.URI;
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

        @Test
        @Points(2)
        void returns_one_result_per_site_in_input_order_with_duplicates() {
            UnseenPages pages = UnseenPages.healthy(SITES.server(), 0x5eed_0001L + strategy().ordinal(), 17);
            Results.assertMatch(strategy().className(), pages.expected(), run(pages.sites()));
        }

        @Test
        @Points(2)
        void keeps_failed_pages_with_their_errors_and_fetches_the_rest() {
            UnseenPages pages = UnseenPages.withFailures(SITES.server(), 0x5eed_0100L + strategy().ordinal(), 9);
            Results.assertMatch(strategy().className(), pages.expected(), run(pages.sites()));
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
    }
}
