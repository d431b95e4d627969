package dev.threadlings.kit.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadlings.kit.junit.SiteServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SiteGraphTest {

    @RegisterExtension
    static final SiteServerExtension SITES = new SiteServerExtension();

    private static final SiteGraph SMALL = SiteGraph.of("/a", Map.of(
            "/a", List.of("/b", "/c", "/b"),
            "/b", List.of("/a", "/d"),
            "/c", List.of("/gone"),
            "/d", List.of("/e"),
            "/e", List.of()));

    @Test
    void reachable_pages_carry_the_fewest_links_to_them_and_stop_at_the_depth() {
        assertThat(SMALL.reachable(0)).isEqualTo(new TreeMap<>(Map.of("/a", 0)));
        assertThat(SMALL.reachable(1)).isEqualTo(new TreeMap<>(Map.of("/a", 0, "/b", 1, "/c", 1)));
        assertThat(SMALL.reachable(2)).containsEntry("/d", 2).containsEntry("/gone", 2).doesNotContainKey("/e");
        assertThat(SMALL.reachable(10)).hasSize(6).containsEntry("/e", 3);
        assertThat(SMALL.exists("/gone")).isFalse();
        assertThat(SMALL.exists("/e")).isTrue();
    }

    @Test
    void a_random_graph_reaches_every_page_and_has_cycles_duplicates_and_missing_pages() {
        SiteGraph graph = SiteGraph.random("crawl", 60, 42);

        assertThat(graph).as("the same seed, the same graph").usingRecursiveComparison()
                .isEqualTo(SiteGraph.random("crawl", 60, 42));
        assertThat(graph.start()).isEqualTo("/crawl/0");
        assertThat(graph.reachable(Integer.MAX_VALUE).keySet()).containsAll(graph.links().keySet());
        assertThat(graph.links().values()).as("a page linked twice from one page")
                .anyMatch(to -> new HashSet<>(to).size() < to.size());
        assertThat(graph.links().values().stream().flatMap(List::stream)).as("a link to a missing page")
                .anyMatch(path -> !graph.exists(path));
        assertThat(hasCycle(graph)).isTrue();
    }

    @Test
    void a_graph_needs_its_start_page() {
        assertThatThrownBy(() -> SiteGraph.of("/x", Map.of("/a", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/x");
    }

    @Test
    void served_pages_carry_their_links_as_anchors_and_missing_pages_answer_404() throws Exception {
        SiteServer server = SITES.server();
        URI start = SMALL.serveOn(server, 256, Duration.ZERO);
        try (HttpClient client = Http.client()) {
            HttpResponse<byte[]> page = Http.get(client, start);
            String body = new String(page.body(), StandardCharsets.UTF_8);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).hasSize(256);
            assertThat(Links.in(body)).containsExactly("/b", "/c", "/b");
            assertThat(Links.in(start, body)).first().isEqualTo(URI.create(server.baseUri() + "/b"));
            assertThat(Http.get(client, URI.create(server.baseUri() + "/gone")).statusCode()).isEqualTo(404);
        }
    }

    private static boolean hasCycle(SiteGraph graph) {
        for (String from : graph.links().keySet()) {
            Deque<String> todo = new ArrayDeque<>(graph.links().get(from));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String page = todo.poll();
                if (page.equals(from)) {
                    return true;
                }
                if (seen.add(page)) {
                    todo.addAll(graph.links().getOrDefault(page, List.of()));
                }
            }
        }
        return false;
    }
}
