/**
 * The mock site server: a local web site whose pages have chosen sizes, latencies and faults.
 *
 * <p>{@link dev.threadlings.kit.sites.SiteServer} runs it (a WireMock server on loopback),
 * {@link dev.threadlings.kit.sites.Page} and {@link dev.threadlings.kit.sites.Fault} describe its
 * pages, and {@link dev.threadlings.kit.sites.RequestJournal} is its evidence of concurrency: when
 * each request was in flight, how many were in flight at once, and a picture of it for failure
 * messages. Tests get a server per class from {@code dev.threadlings.kit.junit.SiteServerExtension};
 * a workshop runs one with {@link dev.threadlings.kit.sites.SiteServerMain}.
 */
package dev.threadlings.kit.sites;
