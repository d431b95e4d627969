package dev.threadlings.grader.exercise;

import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The exercises the grader knows, in the order they are graded: one per stubs jar of its installation, each
 * described by the manifest that jar carries. Nothing here names an exercise.
 */
public final class ExerciseRegistry {

    /** The time limit of an exercise's hidden tests unless the command line sets another. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(180);

    /**
     * The time limit of one hidden test unless the command line sets another: the slowest test of the
     * solutions takes about 10 s on two cores, and a Gradescope container may have half a core.
     */
    public static final Duration DEFAULT_TEST_TIMEOUT = Duration.ofSeconds(60);

    private final List<Exercise> all;

    private ExerciseRegistry(List<Exercise> all) {
        this.all = List.copyOf(all);
    }

    /**
     * The exercises of some manifests, in the order of their numbers, with the default limits.
     *
     * @param manifests the manifests
     * @return the registry
     * @throws IllegalArgumentException when two manifests share a number or an id
     */
    public static ExerciseRegistry of(List<Manifest> manifests) {
        List<Exercise> exercises = new ArrayList<>();
        manifests.stream().sorted(Comparator.comparing(Manifest::id)).forEach(m -> {
            exercises.stream().filter(e -> e.number() == m.number()).findFirst().ifPresent(e -> {
                throw new IllegalArgumentException("two exercises have number " + m.number() + ": " + e.id()
                        + " and " + m.id());
            });
            exercises.add(new Exercise(m, DEFAULT_TIME_LIMIT, DEFAULT_TEST_TIMEOUT));
        });
        return new ExerciseRegistry(exercises);
    }

    /**
     * The exercises of an installation: the manifest of every stubs jar.
     *
     * @param stubsJars the grader's stubs jars
     * @return the registry
     * @throws UncheckedIOException when a jar cannot be read or carries no valid manifest
     */
    public static ExerciseRegistry fromStubs(List<Path> stubsJars) {
        List<Manifest> manifests = new ArrayList<>();
        for (Path jar : stubsJars) {
            manifests.add(manifestIn(jar));
        }
        return of(manifests);
    }

    /**
     * Reads the manifest a stubs jar carries.
     *
     * @param jar the stubs jar
     * @return its manifest
     * @throws UncheckedIOException when the jar cannot be read or carries no valid manifest
     */
    public static Manifest manifestIn(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(Manifest.RESOURCE);
            if (entry == null) {
                throw new IOException(jar + " holds no " + Manifest.RESOURCE
                        + ": the exercise's pom builds it from exercises/<id>/exercise.json; rebuild the grader");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Manifest.read(in, jar + "!/" + Manifest.RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every known exercise.
     *
     * @return the exercises in grading order
     */
    public List<Exercise> all() {
        return all;
    }

    /**
     * Finds an exercise by its id.
     *
     * @param id an id such as {@code 01-downloads}
     * @return the exercise, if known
     */
    public Optional<Exercise> byId(String id) {
        return all.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The known ids, for error messages.
     *
     * @return the ids joined by commas
     */
    public String knownIds() {
        return all.stream().map(Exercise::id).collect(Collectors.joining(", "));
    }
}
