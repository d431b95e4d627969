package dev.threadlings.crawling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.threadlings.kit.junit.TodoExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Task 1: the frontier, alone (correctness) and under a race (concurrency). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(TodoExtension.class)
@Tag("task:1")
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FrontierTest {

    private static final URI START = URI.create("http://site/0");

    private static URI page(int n) {
        return URI.create("http://site/" + n);
    }

    @Test
    @Tag("correctness")
    void hands_out_the_start_then_each_level_s_new_links_once_up_to_the_depth() {
        Frontier frontier = new Frontier(START, 2);

        assertThat(frontier.nextLevel()).containsExactly(START);
        assertThat(frontier.depth()).isZero();
        frontier.visited(new CrawledPage(START, 0, 200, List.of(page(1), page(2), page(1), START)));
        assertThat(frontier.nextLevel()).as("links of the start, each once, the start not again")
                .containsExactlyInAnyOrder(page(1), page(2));
        assertThat(frontier.depth()).isEqualTo(1);
        frontier.visited(new CrawledPage(page(1), 1, 200, List.of(page(3), page(2))));
        frontier.visited(new CrawledPage(page(2), 1, 404, List.of()));
        assertThat(frontier.nextLevel()).containsExactly(page(3));
        frontier.visited(new CrawledPage(page(3), 2, 200, List.of(page(4))));
        assertThat(frontier.nextLevel()).as("page 4 is 3 links away, past the depth of 2").isEmpty();
        assertThat(frontier.pages()).extracting(CrawledPage::uri)
                .containsExactly(START, page(1), page(2), page(3));
    }

    @Test
    @Tag("concurrency")
    void threads_that_find_the_same_links_at_the_same_moment_hand_each_out_once() throws Exception {
        int threads = 12;
        int pagesEach = 40;
        List<URI> shared = IntStream.range(1, 1201).mapToObj(FrontierTest::page).toList();
        // Up to 100 rounds, each a tenth of a second or less: on two busy cores, "seen? then add" can survive 25
        for (int round = 1; round <= 100; round++) {
            Frontier frontier = new Frontier(START, 5);
            frontier.nextLevel();
            CyclicBarrier go = new CyclicBarrier(threads);
            List<Future<?>> done = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    List<URI> links = new ArrayList<>(shared);
                    // one order, or nearly one: threads offer the same link at the same time
                    Collections.rotate(links, round % 2 == 0 ? 0 : t);
                    done.add(pool.submit(() -> {
                        go.await(); // every thread starts at the same moment
                        for (int p = 0; p < pagesEach; p++) { // 40 pages of its own each, the first linking
                            frontier.visited(new CrawledPage(page(10_000 + thread * 100 + p), 0, 200,
                                    p == 0 ? links : List.of()));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    int r = round;
                    assertThatCode(() -> f.get()).as("round %d: %d threads called visited() at once; it must not"
                            + " throw (is a collection it changes safe for several threads?)", r, threads)
                            .doesNotThrowAnyException();
                }
            }

            List<URI> next = frontier.nextLevel();
            int r = round;
            assertThatCode(frontier::pages).as("round %d: pages() after %d threads recorded pages at once; it must not"
                    + " throw (a collection that is not safe for several threads can lose an update and keep a null)",
                    r, threads).doesNotThrowAnyException();

            assertThat(next).as("round %d: %d threads offered the same %d links at the same moment; each must be"
                    + " handed out once (is \"seen? then add\" one atomic step, such as Set.add on a concurrent"
                    + " set?)", round, threads, shared.size()).hasSize(shared.size()).doesNotHaveDuplicates();
            assertThat(frontier.pages()).as("round %d: %d threads each recorded %d pages at once; pages() must hold"
                    + " all %d (is the collection of recorded pages safe for several threads?)", round, threads,
                    pagesEach, threads * pagesEach).hasSize(threads * pagesEach);
        }
    }
}
