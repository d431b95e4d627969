package dev.threadlings.crawling;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Task 1: the crawl's shared state, level by level: which pages are seen, which are to be fetched next, and
 * what each fetched page gave. Many threads record pages at once; each page is handed out for fetching
 * exactly once, whoever finds it first.
 */
public final class Frontier {

    private final int maxDepth;
    private final Set<URI> seen = ConcurrentHashMap.newKeySet();
    private final Queue<URI> next = new ConcurrentLinkedQueue<>();
    private final Queue<CrawledPage> pages = new ConcurrentLinkedQueue<>();
    private int depth = -1;

    /**
     * A crawl that starts at {@code start} and follows at most {@code depth} links.
     *
     * @param start the first page
     * @param depth how many links to follow, 0 or more
     */
    public Frontier(URI start, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("a crawl's depth is 0 or more, got " + depth);
        }
        this.maxDepth = depth;
        seen.add(start);
        next.add(start);
    }

    /**
     * The pages to fetch next, all at the same depth; empty when the crawl is done. Call it from one thread,
     * once every page of the level before has been {@linkplain #visited recorded}.
     *
     * @return the pages of the next level, each seen for the first time
     */
    public List<URI> nextLevel() {
        List<URI> level = new ArrayList<>();
        for (URI page = next.poll(); page != null; page = next.poll()) {
            level.add(page);
        }
        if (!level.isEmpty()) {
            depth++;
        }
        return level;
    }

    /**
     * The depth of the pages {@link #nextLevel()} returned last.
     *
     * @return 0 for the start page's level, -1 before the first call
     */
    public int depth() {
        return depth;
    }

    /**
     * Records a page's final answer and offers its links for the next level. Safe from many threads at once:
     * a link that several pages (or one page twice) offer at the same moment is taken once.
     *
     * @param page the page
     */
    public void visited(CrawledPage page) {
        pages.add(page);
        if (page.depth() < maxDepth) {
            for (URI link : page.links()) {
                if (seen.add(link)) {
                    next.add(link);
                }
            }
        }
    }

    /**
     * Every recorded page, sorted by address.
     *
     * @return the crawl's result
     */
    public List<CrawledPage> pages() {
        return pages.stream().sorted().toList();
    }
}
