package dev.threadlings.crawling;

import dev.threadlings.kit.sites.SiteGraph;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a crawl of a site graph must return, page by page. */
final class Graphs {

    private Graphs() {
    }

    /**
     * The contract's answer for a crawl of {@code graph} served on {@code server}: every page reachable in at
     * most {@code depth} links, sorted by address, with its depth, 200 and its links, or 404 for a missing one.
     */
    static List<CrawledPage> expected(SiteGraph graph, SiteServer server, int depth) {
        List<CrawledPage> pages = new ArrayList<>();
        for (Map.Entry<String, Integer> page : graph.reachable(depth).entrySet()) {
            URI uri = URI.create(server.baseUri() + page.getKey());
            boolean exists = graph.exists(page.getKey());
            List<URI> links = exists ? graph.links().get(page.getKey()).stream()
                    .map(link -> URI.create(server.baseUri() + link)).toList() : List.of();
            pages.add(new CrawledPage(uri, page.getValue(), exists ? 200 : 404, links));
        }
        return pages.stream().sorted().toList();
    }
}
