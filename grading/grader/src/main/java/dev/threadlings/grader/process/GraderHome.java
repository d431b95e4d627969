package dev.threadlings.grader.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The grader's installation: its own jar or classes, {@code lib/} (the grading class path) and
 * {@code stubs/} (one stubs jar per exercise, kept off every class path that holds learner code).
 *
 * @param self the grader's jar, or its classes folder
 * @param lib the folder of runtime jars
 * @param stubs the folder of stubs jars
 */
public record GraderHome(Path self, Path lib, Path stubs) {

    /** System property that points at an installation folder (holding {@code lib/} and {@code stubs/}). */
    public static final String HOME_PROPERTY = "threadlings.grader.home";

    /**
     * Finds the installation this class was loaded from: {@code threadlings-grader.jar} beside
     * {@code lib/} and {@code stubs/}, or the folder named by {@value #HOME_PROPERTY}.
     *
     * @return the installation
     */
    public static GraderHome locate() {
        Path self = codeLocation();
        String property = System.getProperty(HOME_PROPERTY);
        Path home = property != null ? Path.of(property) : self.getParent();
        return new GraderHome(self, home.resolve("lib"), home.resolve("stubs"));
    }

    private static Path codeLocation() {
        try {
            return Path.of(GraderHome.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the grader was loaded from", e);
        }
    }

    /**
     * Checks that the installation is complete.
     *
     * @return a one-line problem, or empty when all is there
     */
    public Optional<String> problem() {
        if (!Files.isDirectory(lib)) {
            return Optional.of("the grader's lib folder is missing: " + lib
                    + " (build it with ./mvnw -B install -DskipTests)");
        }
        if (!Files.isDirectory(stubs)) {
            return Optional.of("the grader's stubs folder is missing: " + stubs);
        }
        return Optional.empty();
    }

    /**
     * The grading class path: the grader itself, then every jar of {@code lib/}, sorted by name.
     *
     * @return the entries
     */
    public List<Path> gradingClassPath() {
        List<Path> entries = new ArrayList<>();
        entries.add(self);
        entries.addAll(jarsIn(lib));
        return entries;
    }

    /**
     * The jars of {@code lib/}, the class path learner code is compiled against.
     *
     * @return the jars, sorted by name
     */
    public List<Path> libJars() {
        return jarsIn(lib);
    }

    /**
     * The stubs jar of an exercise.
     *
     * @param artifactId the stubs' artifact id, for example {@code threadlings-exercise-01-downloads}
     * @return the jar, if present
     */
    public Optional<Path> stubsJar(String artifactId) {
        return jarsIn(stubs).stream()
                .filter(j -> j.getFileName().toString().startsWith(artifactId + "-")
                        || j.getFileName().toString().equals(artifactId + ".jar"))
                .findFirst();
    }

    /**
     * Every stubs jar.
     *
     * @return the jars, sorted by name
     */
    public List<Path> stubsJars() {
        return jarsIn(stubs);
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
