package dev.threadlings.kit.sites;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The workshop command: runs a {@link SiteServer} with a set of pages until the process is stopped.
 *
 * <p>Run it with {@code ./mvnw -q -pl src exec:java}, adding for example
 * {@code -Dexec.args="--pages 160 --latency 100"}, or with {@code java -cp ...} and this class. It
 * serves {@code /pages/0} to {@code /pages/N-1}, prints the base address and an example page, and
 * serves until Ctrl-C.
 */
public final class SiteServerMain {

    /** The command's usage text. */
    static final String USAGE = """
            usage: SiteServerMain [--pages N] [--latency MS] [--bytes B] [--port P]
                                  [--max-in-flight K] [--rate R] [--burst B] [--ban-after M]
              --pages N          how many pages to serve at /pages/0 .. /pages/N-1 (default 160)
              --latency MS       how long each page takes to answer, in milliseconds (default 100)
              --bytes B          the size of each page's body in bytes (default 2048)
              --port P           the port on 127.0.0.1, 0 for any free port (default 0)
              --max-in-flight K  answer 503 to a request while K are in flight (default: no limit)
              --rate R           answer 429 with Retry-After over R requests a second (default: no limit)
              --burst B          how many requests may come at once after a quiet while (default 1)
              --ban-after M      answer 403 to everything once M requests came while told to wait
                                 (default: no ban)""";

    private SiteServerMain() {}

    /**
     * Starts the server, prints where it is, and serves until the process is stopped.
     *
     * @param args the options, see {@code --help}
     * @throws InterruptedException if the main thread is interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SiteServerMain: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (settings == null) {
            System.out.println(USAGE);
            return;
        }
        SiteServer server;
        try {
            server = launch(settings, System.out);
        } catch (IllegalStateException e) {
            System.err.println("SiteServerMain: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "site-server-shutdown"));
        new CountDownLatch(1).await(); // the server's threads are daemons: keep the process alive
    }

    /** Starts a server with the settings' pages and prints where they are. */
    static SiteServer launch(Settings settings, PrintStream out) {
        SiteServer server = SiteServer.start(settings.port());
        server.limit(settings.limits());
        List<URI> pages = server.servePages("pages", settings.pages(), settings.bytes(),
                Duration.ofMillis(settings.latencyMillis()));
        out.println("Threadlings site server at " + server.baseUri());
        out.println("Example page: " + (pages.isEmpty() ? server.baseUri() + "/pages/0 (none served)" : pages.get(0)));
        out.println("Serving " + settings.pages() + " pages with " + settings.latencyMillis()
                + " ms latency, " + settings.limits() + "; press Ctrl-C to stop");
        out.flush();
        return server;
    }

    /**
     * The command's options.
     *
     * @param pages how many pages
     * @param latencyMillis each page's latency in milliseconds
     * @param bytes each page's size in bytes
     * @param port the port, 0 for any free one
     * @param limits what the site allows before it says no
     */
    record Settings(int pages, long latencyMillis, int bytes, int port, Limits limits) {

        /** The settings with no options given. */
        static final Settings DEFAULTS = new Settings(160, 100, 2048, 0, Limits.NONE);

        /**
         * Parses {@code --name value} or {@code --name=value} options.
         *
         * @return the settings, or {@code null} when help was asked for
         * @throws IllegalArgumentException on an unknown option or a bad value
         */
        static Settings parse(String... args) {
            int pages = DEFAULTS.pages();
            long latency = DEFAULTS.latencyMillis();
            int bytes = DEFAULTS.bytes();
            int port = DEFAULTS.port();
            int maxInFlight = Limits.NONE.maxInFlight();
            double rate = Limits.NONE.perSecond();
            int burst = 1;
            int banAfter = Limits.NONE.banAfter();
            boolean limited = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    return null;
                }
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument: " + arg);
                }
                String name = arg;
                String value;
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("missing value after " + arg);
                }
                switch (name) {
                    case "--pages" -> pages = number(name, value, 0, 1_000_000);
                    case "--latency" -> latency = number(name, value, 0, 600_000);
                    case "--bytes" -> bytes = number(name, value, 0, 64 * 1024 * 1024);
                    case "--port" -> port = number(name, value, 0, 65_535);
                    case "--max-in-flight" -> maxInFlight = number(name, value, 1, 1_000_000);
                    case "--rate" -> rate = number(name, value, 1, 1_000_000);
                    case "--burst" -> burst = number(name, value, 1, 1_000_000);
                    case "--ban-after" -> banAfter = number(name, value, 1, 1_000_000);
                    default -> throw new IllegalArgumentException("unknown option: " + arg);
                }
                limited |= name.equals("--max-in-flight") || name.equals("--rate") || name.equals("--burst")
                        || name.equals("--ban-after");
            }
            Limits limits = limited ? Limits.of(maxInFlight, rate, burst, banAfter) : Limits.NONE;
            return new Settings(pages, latency, bytes, port, limits);
        }

        private static int number(String name, String value, int min, int max) {
            int n;
            try {
                n = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " needs a whole number, got: " + value);
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", got: " + n);
            }
            return n;
        }
    }
}
