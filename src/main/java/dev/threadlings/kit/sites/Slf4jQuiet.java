package dev.threadlings.kit.sites;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Keeps SLF4J, which Jetty logs through, from warning on the console that it has no provider.
 *
 * <p>Without a provider SLF4J 2 falls back to its no-operation logger, after three warning lines on
 * standard error. When no provider is on the class path and SLF4J's own reporting level is not
 * chosen, this raises that level to {@code ERROR} (the {@code slf4j.internal.verbosity} system
 * property), which silences the warning and changes nothing else: logging stays off, as it would.
 * A project that adds a provider is left alone and gets its logs as usual.
 */
final class Slf4jQuiet {

    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private Slf4jQuiet() {}

    static synchronized void ensure() {
        if (System.getProperty(VERBOSITY) != null || System.getProperty("slf4j.provider") != null) {
            return;
        }
        try {
            Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider");
            if (ServiceLoader.load(spi, spi.getClassLoader()).findFirst().isEmpty()) {
                System.setProperty(VERBOSITY, "ERROR");
            }
        } catch (ClassNotFoundException | ServiceConfigurationError | LinkageError e) {
            // Not SLF4J 2 on this class path: nothing to quieten.
        }
    }
}
