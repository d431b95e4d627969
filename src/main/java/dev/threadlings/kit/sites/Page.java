package dev.threadlings.kit.sites;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One page of the mock site: where it is, how big its body is, how long it takes, how it fails and which
 * pages it links to.
 *
 * <p>The body is {@link SiteServer#body(Page)}: its links as HTML anchors, one a line, then {@link
 * SiteServer#body(String, int)} for the rest of its size, deterministic for a path and size. The
 * latency has millisecond resolution (finer parts are dropped) and is honoured for every fault
 * except {@link Fault#SLOW}, which adds {@link SiteServer#SLOW_DELAY} to it.
 *
 * @param path the absolute path the page is served at, for example {@code /pages/3}; a query
 *     string in a request is ignored when matching
 * @param bytes the size of the body in bytes, zero or more
 * @param latency how long the server waits before it answers, zero or more
 * @param fault the failure injected on this page, {@link Fault#NONE} for none
 * @param links the paths or addresses this page links to, in order, duplicates kept (none for a plain page)
 */
public record Page(String path, int bytes, Duration latency, Fault fault, List<String> links) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the path does not start with {@code /}, contains a
     *     {@code ?} or {@code #}, is not a valid URI path (a space, say), or if the size or latency is
     *     negative
     * @throws NullPointerException if a component is {@code null}
     */
    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(fault, "fault");
        links = List.copyOf(Objects.requireNonNull(links, "links"));
        if (!path.startsWith("/") || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            throw new IllegalArgumentException(
                    "a page's path starts with '/' and has no query or fragment, got: " + path);
        }
        try {
            new URI(path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a page's path must be a valid URI path, got: " + path, e);
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("a page's size cannot be negative, got: " + bytes);
        }
        if (latency.isNegative()) {
            throw new IllegalArgumentException("a page's latency cannot be negative, got: " + latency);
        }
    }

    /**
     * A page without links.
     *
     * @param path the absolute path
     * @param bytes the size of the body in bytes
     * @param latency how long the server waits before it answers
     * @param fault the failure injected on this page
     */
    public Page(String path, int bytes, Duration latency, Fault fault) {
        this(path, bytes, latency, fault, List.of());
    }

    /**
     * Returns a page that answers normally ({@link Fault#NONE}).
     *
     * @param path the absolute path, for example {@code /pages/3}
     * @param bytes the size of the body in bytes
     * @param latency how long the server waits before it answers
     * @return the page
     */
    public static Page of(String path, int bytes, Duration latency) {
        return new Page(path, bytes, latency, Fault.NONE);
    }

    /**
     * Returns a copy of this page with another fault.
     *
     * @param fault the fault to inject, {@link Fault#NONE} for none
     * @return the copy
     */
    public Page with(Fault fault) {
        return new Page(path, bytes, latency, fault, links);
    }

    /**
     * Returns a copy of this page that links to other pages.
     *
     * @param linked the paths (or absolute addresses) it links to, in order; duplicates are kept
     * @return the copy
     */
    public Page linking(List<String> linked) {
        return new Page(path, bytes, latency, fault, linked);
    }
}
