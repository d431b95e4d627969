package dev.threadlings.kit.manifest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An exercise's manifest, {@code exercises/NN-slug/exercise.json}: the one place that names the exercise, its
 * package, its contracts and its tasks in README order. The grader reads it from the exercise's stubs jar
 * (at {@value #RESOURCE}); the build's consistency check reads it from the tree and holds everything else
 * (poms, stubs, solutions, hidden tests, fixtures) to it; the learner's own test run reads it to report
 * task by task.
 *
 * @param id the folder name, {@code NN-slug}: two digits, then lower-case words joined by hyphens
 * @param title the exercise's title
 * @param summary what the exercise teaches, in one line (the handout's table)
 * @param javaPackage the package of its contracts, stubs and solutions
 * @param contracts the simple names of the contract interfaces, which live in the kit under {@code javaPackage}
 * @param tasks the tasks, numbered from 1 in README order
 */
public record Manifest(
        String id, String title, String summary, @JsonProperty("package") String javaPackage,
        List<String> contracts, List<Task> tasks) {

    /** Where an exercise's stubs jar holds its manifest. */
    public static final String RESOURCE = "META-INF/threadlings/exercise.json";

    /** The manifest's file name in the exercise's folder. */
    public static final String FILE_NAME = "exercise.json";

    private static final Pattern ID = Pattern.compile("(\\d{2})-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+");
    private static final Pattern CLASS = Pattern.compile("[A-Z][A-Za-z0-9]*");

    /**
     * One task: the classes the learner writes for it.
     *
     * @param number the task's number, as the README and the hidden tests' {@code task:N} tags give it
     * @param goal the task's goal in one line
     * @param classes the classes of the task, the strategy first
     */
    public record Task(int number, String goal, List<TaskClass> classes) {

        /** Checks the fields. */
        public Task {
            Objects.requireNonNull(goal, "goal");
            classes = List.copyOf(Objects.requireNonNull(classes, "classes"));
        }

        /**
         * The task's strategy class: its first class.
         *
         * @return the simple name
         */
        public String strategy() {
            return classes.getFirst().name();
        }
    }

    /**
     * One class of a task.
     *
     * @param name the simple name, in the exercise's package
     * @param constructors the constructors the tests call, as parameter lists such as {@code "(int)"} or
     *     {@code "(java.util.concurrent.Executor)"}; empty for a class the tests only run (a worker's main)
     */
    public record TaskClass(String name, List<String> constructors) {

        /** Checks the fields. */
        public TaskClass {
            Objects.requireNonNull(name, "name");
            constructors = constructors == null ? List.of() : List.copyOf(constructors);
        }
    }

    /** Checks the fields. */
    public Manifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(javaPackage, "package");
        contracts = List.copyOf(Objects.requireNonNull(contracts, "contracts"));
        tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
    }

    /**
     * Reads a manifest and checks it.
     *
     * @param in the JSON
     * @param where where it came from, for the error message
     * @return the manifest
     * @throws IOException when it cannot be read or is not a valid manifest (the message says why)
     */
    public static Manifest read(InputStream in, String where) throws IOException {
        Manifest manifest;
        try {
            manifest = new ObjectMapper().readerFor(Manifest.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(in);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new IOException(where + " is not a valid exercise manifest: " + e.getMessage(), e);
        }
        List<String> problems = manifest.problems();
        if (!problems.isEmpty()) {
            throw new IOException(where + " is not a valid exercise manifest: " + String.join("; ", problems));
        }
        return manifest;
    }

    /**
     * Reads a manifest file and checks it.
     *
     * @param file the {@code exercise.json}
     * @return the manifest
     * @throws IOException when it cannot be read or is not a valid manifest
     */
    public static Manifest read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads the manifest of every exercise of a kit's tree: {@code exercises/*}{@code /exercise.json}.
     *
     * @param kitRoot the kit's root folder (the one with {@code exercises/})
     * @return the manifests, in the order of their ids
     * @throws IOException when one cannot be read or is not a valid manifest
     */
    public static List<Manifest> allIn(Path kitRoot) throws IOException {
        List<Manifest> manifests = new ArrayList<>();
        Path exercises = kitRoot.resolve("exercises");
        if (!Files.isDirectory(exercises)) {
            return manifests;
        }
        try (Stream<Path> folders = Files.list(exercises)) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve(FILE_NAME);
                if (Files.isRegularFile(file)) {
                    manifests.add(read(file));
                }
            }
        }
        return manifests;
    }

    /**
     * What is wrong with the manifest on its own (the consistency check compares it with the tree).
     *
     * @return the problems, empty when there are none
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            problems.add("id '" + id + "' is not NN-slug (two digits, a dash, lower-case words joined by dashes)");
        } else if (number() < 1) {
            problems.add("id '" + id + "' has number 00: exercises are numbered from 01");
        }
        if (!PACKAGE.matcher(javaPackage).matches()) {
            problems.add("package '" + javaPackage + "' is not a lower-case Java package name");
        }
        if (contracts.isEmpty()) {
            problems.add("no contracts: name the interface(s) the strategies implement");
        }
        contracts.stream().filter(c -> !CLASS.matcher(c).matches())
                .forEach(c -> problems.add("contract '" + c + "' is not a simple class name"));
        if (tasks.isEmpty()) {
            problems.add("no tasks");
        }
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            if (task.number() != i + 1) {
                problems.add("task " + task.number() + " is number " + (i + 1) + " in the list: number the tasks "
                        + "1, 2, 3, … in README order");
            }
            if (task.classes().isEmpty()) {
                problems.add("task " + task.number() + " names no class");
            }
            task.classes().stream().filter(c -> !CLASS.matcher(c.name()).matches())
                    .forEach(c -> problems.add("task " + task.number() + ": '" + c.name()
                            + "' is not a simple class name"));
        }
        return problems;
    }

    /**
     * The exercise's number, the first part of each test's number ({@code 2} in {@code 2.7}).
     *
     * @return the number in the id
     */
    public int number() {
        return Integer.parseInt(id.substring(0, 2));
    }

    /**
     * The package of the exercise's hidden tests: {@code dev.threadlings.hidden.} and the last part of
     * {@link #javaPackage()}.
     *
     * @return the package
     */
    public String hiddenPackage() {
        return "dev.threadlings.hidden." + javaPackage.substring(javaPackage.lastIndexOf('.') + 1);
    }

    /**
     * The artifact id of the exercise's stubs jar.
     *
     * @return {@code threadlings-exercise-} and the id
     */
    public String stubsArtifact() {
        return "threadlings-exercise-" + id;
    }

    /**
     * The artifact id of the exercise's reference solution.
     *
     * @return {@code threadlings-solution-} and the id
     */
    public String solutionArtifact() {
        return "threadlings-solution-" + id;
    }

    /**
     * The learner's sources of the exercise, relative to a kit's root.
     *
     * @return {@code exercises/<id>/src/main/java}
     */
    public Path sourceDir() {
        return Path.of("exercises", id, "src", "main", "java");
    }
}
