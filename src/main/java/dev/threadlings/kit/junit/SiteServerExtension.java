package dev.threadlings.kit.junit;

import dev.threadlings.kit.sites.SiteServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs one {@link SiteServer} for every test class of a run and resets it before each test.
 *
 * <p>Use it in either of two ways:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SiteServerExtension SITES = new SiteServerExtension();
 * // ... SITES.server().servePages("pages", 160, 2048, Duration.ofMillis(100));
 *
 * @ExtendWith(SiteServerExtension.class)
 * class DownloadsTest {
 *     DownloadsTest(SiteServer sites) { ... }          // or a parameter of a test method,
 *     @BeforeAll static void serve(SiteServer sites) { ... } // or of a lifecycle method
 * }
 * }</pre>
 *
 * <p>The server starts (and warms up) before the first test that uses it, or when a constructor or
 * {@code @BeforeAll} method first asks for it, and is closed when the whole run ends: starting a server costs
 * about a second, which every test class would otherwise pay again. Before each test, before any
 * {@code @BeforeEach} method, the server is {@link SiteServer#reset() reset}: no pages, an empty journal; so
 * no test sees another's pages or requests, as long as tests run one at a time (the kit's do).
 *
 * <p>A test that leaves a client behind that it cannot stop (a crawl abandoned at its deadline that goes on
 * retrying) closes the server, so that the client's requests find no one instead of landing in the next test's
 * journal; the next test that asks gets a new server, on a new port. A reference kept from before (a constructor's,
 * a {@code @BeforeAll} method's) then points at the closed one.
 */
public final class SiteServerExtension
        implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SiteServerExtension.class);
    private static final String KEY = "server";

    private volatile SiteServer current;

    /** Creates the extension; the server starts when the test class starts. */
    public SiteServerExtension() {}

    /**
     * Returns the server of the running test class, for the {@code @RegisterExtension} form.
     *
     * @return the running server
     * @throws IllegalStateException outside a test class's run, or if the extension is not registered
     *     on a {@code static} field
     */
    public SiteServer server() {
        SiteServer server = current;
        if (server == null) {
            throw new IllegalStateException("no site server is running: register the extension on a static"
                    + " field (@RegisterExtension static final SiteServerExtension SITES = ...) and call"
                    + " server() from a test or a lifecycle method");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        current = obtain(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SiteServer server = obtain(context);
        current = server;
        server.reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SiteServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return obtain(extensionContext);
    }

    /** Returns the run's server, starting it on first use and again after a test closed it. */
    private static SiteServer obtain(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        SiteServer server = store.getOrComputeIfAbsent(KEY, key -> SiteServer.start(), SiteServer.class);
        if (server.isClosed()) {
            server = SiteServer.start();
            store.put(KEY, server);
        }
        return server;
    }
}
