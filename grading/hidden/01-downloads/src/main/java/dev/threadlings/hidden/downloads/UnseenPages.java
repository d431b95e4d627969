package dev.threadlings.hidden.downloads;

import dev.threadlings.downloads.Download;
import dev.threadlings.kit.sites.Fault;
import dev.threadlings.kit.sites.Page;
import dev.threadlings.kit.sites.SiteServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Inputs a learner has not seen: seeded random pages, sizes, order and duplicates, with the results a
 * correct strategy must return for them.
 *
 * @param sites the sites to fetch, in order
 * @param expected what a correct strategy returns for each, in the same order; a failure's error text
 *     is not compared, only that there is one
 */
record UnseenPages(List<URI> sites, List<Download> expected) {

    /**
     * Serves {@code count} distinct pages of random sizes and small random latencies, then asks for them
     * in a random order with a few duplicates, after one more page that is slower than all of them.
     */
    static UnseenPages healthy(SiteServer server, long seed, int count) {
        Random random = new Random(seed);
        List<Download> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int bytes = random.nextInt(6000);
            Page page = Page.of("/unseen/" + seed + "/" + i, bytes, Duration.ofMillis(random.nextInt(15)));
            pages.add(Download.response(server.serve(page), 200, bytes));
        }
        List<Download> order = new ArrayList<>(shuffledWithDuplicates(pages, random).expected());
        // A slower page first: a strategy that keeps results as they arrive puts it later, however busy the machine
        int bytes = random.nextInt(6000);
        order.addFirst(Download.response(server.serve(Page.of("/unseen/" + seed + "/slow", bytes,
                Duration.ofMillis(250))), 200, bytes));
        return new UnseenPages(order.stream().map(Download::site).toList(), order);
    }

    /**
     * Serves healthy pages mixed with every kind of failing page: HTTP 500, HTTP 404, a response slower
     * than the client's timeout, and a dropped connection.
     */
    static UnseenPages withFailures(SiteServer server, long seed, int healthy) {
        Random random = new Random(seed);
        List<Download> pages = new ArrayList<>();
        for (int i = 0; i < healthy; i++) {
            int bytes = 1 + random.nextInt(4000);
            pages.add(Download.response(server.serve(Page.of("/mixed/" + seed + "/" + i, bytes, Duration.ofMillis(5))),
                    200, bytes));
        }
        pages.add(failing(server, seed, Fault.HTTP_500, 500));
        pages.add(failing(server, seed, Fault.HTTP_404, 404));
        pages.add(failing(server, seed, Fault.SLOW, 0));
        pages.add(failing(server, seed, Fault.DROPPED_CONNECTION, 0));
        Collections.shuffle(pages, random);
        return new UnseenPages(pages.stream().map(Download::site).toList(), pages);
    }

    private static Download failing(SiteServer server, long seed, Fault fault, int status) {
        URI site = server.serve(Page.of("/failing/" + seed + "/" + fault.name().toLowerCase(), 64, Duration.ZERO)
                .with(fault));
        return new Download(site, status, 0, fault.name());
    }

    private static UnseenPages shuffledWithDuplicates(List<Download> pages, Random random) {
        List<Download> order = new ArrayList<>(pages);
        for (int i = 0; i < Math.max(2, pages.size() / 5); i++) {
            order.add(pages.get(random.nextInt(pages.size())));
        }
        Collections.shuffle(order, random);
        return new UnseenPages(order.stream().map(Download::site).toList(), order);
    }
}
