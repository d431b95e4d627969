package dev.threadlings.crawling;

import java.net.URI;
import java.util.List;

/**
 * Task 1: the crawl's shared state, level by level: which pages are seen, which are to be fetched next, and
 * what each fetched page gave. Many threads record pages at once; each page is handed out for fetching
 * exactly once, whoever finds it first.
 */
public final class Frontier {

    private final URI start;
    private final int maxDepth;

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
        this.start = start;
        this.maxDepth = depth;
    }

    /**
     * The pages to fetch next, all at the same depth; empty when the crawl is done. Call it from one thread,
     * once every page of the level before has been {@linkplain #visited recorded}.
     *
     * @return the pages of the next level, each seen for the first time
     */
    public List<URI> nextLevel() {
        throw new UnsupportedOperationException("TODO(crawling/frontier): hand out " + start + " first, then the"
                + " links recorded since the last call, each page once; see README task 1");
    }

    /**
     * The depth of the pages {@link #nextLevel()} returned last.
     *
     * @return 0 for the start page's level, -1 before the first call
     */
    public int depth() {
        throw new UnsupportedOperationException("TODO(crawling/frontier): count the levels handed out; see README"
                + " task 1");
    }

    /**
     * Records a page's final answer and offers its links for the next level. Safe from many threads at once:
     * a link that several pages (or one page twice) offer at the same moment is taken once.
     *
     * @param page the page
     */
    public void visited(CrawledPage page) {
        throw new UnsupportedOperationException("TODO(crawling/frontier): keep the page, and offer its links (up"
                + " to depth " + maxDepth + ") so that each is taken once, even by threads racing; see README"
                + " task 1");
    }

    /**
     * Every recorded page, sorted by address.
     *
     * @return the crawl's result
     */
    public List<CrawledPage> pages() {
        throw new UnsupportedOperationException("TODO(crawling/frontier): every recorded page, sorted; see README"
                + " task 1");
    }
}
