package dev.threadlings.kit.sites;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A small web of pages that link to each other, for crawling: a start page, pages that link back (cycles),
 * pages linked from many others and twice from one (duplicates), and links to pages that do not exist.
 *
 * <p>A graph is data; {@link #serveOn(SiteServer, int, Duration)} serves it. {@link #reachable(int)} is the
 * answer a crawl must find: every page reachable from the start in at most {@code depth} links, with the
 * fewest links it takes to reach it.
 */
public final class SiteGraph {

    private final String start;
    private final Map<String, List<String>> links;

    private SiteGraph(String start, Map<String, List<String>> links) {
        this.start = start;
        this.links = links;
    }

    /**
     * A graph given page by page.
     *
     * @param start the start page's path; it must be one of the pages
     * @param links for each page's path, the paths it links to, in order (a path that is no key is a missing page)
     * @return the graph
     */
    public static SiteGraph of(String start, Map<String, List<String>> links) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        links.forEach((path, to) -> copy.put(Objects.requireNonNull(path), List.copyOf(to)));
        if (!copy.containsKey(start)) {
            throw new IllegalArgumentException("the start page " + start + " is none of the graph's pages");
        }
        return new SiteGraph(start, Collections.unmodifiableMap(copy));
    }

    /**
     * A random graph under {@code /prefix/}, the same for the same seed: pages {@code /prefix/0} (the start) to
     * {@code /prefix/(pages-1)}, every one reachable from the start. Each page links to the next one in a
     * random spanning tree, and to 1 to 3 more pages chosen at random (back links make cycles, and a page
     * linked from several makes duplicates); about one page in five links to one page twice, and one in eight
     * to a missing page.
     *
     * @param prefix the first path segment, for example {@code crawl}
     * @param pages how many pages, at least 1
     * @param seed the seed
     * @return the graph
     */
    public static SiteGraph random(String prefix, int pages, long seed) {
        if (pages < 1) {
            throw new IllegalArgumentException("a graph has at least one page, got: " + pages);
        }
        String base = "/" + prefix.replaceAll("^/+|/+$", "") + "/";
        Random random = new Random(seed);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            out.add(new ArrayList<>());
        }
        for (int i = 1; i < pages; i++) {
            out.get(random.nextInt(i)).add(base + i); // a spanning tree: every page is reachable
        }
        for (int i = 0; i < pages; i++) {
            int more = 1 + random.nextInt(3);
            for (int k = 0; k < more; k++) {
                out.get(i).add(base + random.nextInt(pages));
            }
            if (random.nextInt(8) == 0) {
                out.get(i).add(base + "missing-" + i);
            }
            if (random.nextInt(5) == 0) {
                out.get(i).add(out.get(i).get(0)); // the same link twice on one page
            }
            Collections.shuffle(out.get(i), random);
        }
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (int i = 0; i < pages; i++) {
            links.put(base + i, out.get(i));
        }
        return of(base + 0, links);
    }

    /**
     * The start page's path.
     *
     * @return the path
     */
    public String start() {
        return start;
    }

    /**
     * Every page, with the paths it links to.
     *
     * @return an unmodifiable map, in the order the pages were given
     */
    public Map<String, List<String>> links() {
        return links;
    }

    /**
     * The paths a crawl from the start finds following at most {@code depth} links, missing pages included,
     * each with the fewest links it takes to reach it (the start is at 0).
     *
     * @param depth how many links to follow, 0 or more
     * @return the paths in order, each with its depth
     */
    public SortedMap<String, Integer> reachable(int depth) {
        SortedMap<String, Integer> found = new TreeMap<>();
        Deque<String> frontier = new ArrayDeque<>();
        found.put(start, 0);
        frontier.add(start);
        while (!frontier.isEmpty()) {
            String page = frontier.poll();
            int at = found.get(page);
            if (at == depth) {
                continue;
            }
            for (String next : links.getOrDefault(page, List.of())) {
                if (!found.containsKey(next)) {
                    found.put(next, at + 1);
                    frontier.add(next);
                }
            }
        }
        return found;
    }

    /**
     * Tells whether a path is one of the graph's pages (not a missing one).
     *
     * @param path the path
     * @return {@code true} when the server serves it
     */
    public boolean exists(String path) {
        return links.containsKey(path);
    }

    /**
     * Serves every page of the graph with its links; missing pages stay unserved, so they answer {@code 404}.
     *
     * @param server the server
     * @param bytes each page's size (its links included)
     * @param latency each page's latency
     * @return the start page's address
     */
    public URI serveOn(SiteServer server, int bytes, Duration latency) {
        links.forEach((path, to) -> server.serve(Page.of(path, bytes, latency).linking(to)));
        return URI.create(server.baseUri() + start);
    }
}
