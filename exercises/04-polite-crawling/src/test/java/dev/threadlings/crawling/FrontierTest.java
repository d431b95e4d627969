package dev.threadlings.crawling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.junit.TodoExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
        for (int round = 0; round < 20; round++) {
            Frontier frontier = new Frontier(START, 5);
            frontier.nextLevel();
            List<URI> shared = IntStream.range(1, 201).mapToObj(FrontierTest::page).toList();
            int threads = 8;
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        go.await();
                        for (int p = 0; p < 40; p++) { // each thread records 40 pages of its own, the first linking
                            frontier.visited(new CrawledPage(page(1000 + thread * 100 + p), 0, 200,
                                    p == 0 ? shared : List.of()));
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
            }

            List<URI> next = frontier.nextLevel();

            assertThat(next).as("round %d: 8 threads offered the same 200 links at once; each must be handed out"
                    + " once (is the check and the add one atomic step?)", round)
                    .hasSize(200).doesNotHaveDuplicates();
            assertThat(frontier.pages()).as("round %d: 8 threads each recorded 40 pages at once; pages() must hold"
                    + " all %d (is the collection of recorded pages safe for several threads?)", round, threads * 40)
                    .hasSize(threads * 40);
        }
    }
}
