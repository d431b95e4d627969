package dev.threadlings.grader.it;

import dev.threadlings.grader.Repo;
import dev.threadlings.grader.process.ClassArchive;
import dev.threadlings.grader.process.GraderHome;
import dev.threadlings.kit.manifest.Manifest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the learner's visible tests on fixtures ({@link PracticeRun}, in a JVM of its own): what a learner's
 * {@code ./mvnw test} would show them for the same mistake.
 */
final class PracticeChecks {

    /**
     * A visible test's time limit here: a hanging fixture is cut well before the learner build's 60 s; the
     * slowest visible check of a correct strategy takes a few seconds.
     */
    static final int SECONDS_PER_TEST = 12;

    /** Each exercise's reference solution and visible tests, compiled once for every fixture. */
    private static final Map<String, Path[]> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private PracticeChecks() {
    }

    /**
     * What one fixture's visible tests gave.
     *
     * @param ran how many visible tests ran on it
     * @param failed the failed tests' names and first message lines, by category
     */
    record Outcome(int ran, Map<String, List<String>> failed) {
    }

    /**
     * One fixture to run the visible tests on.
     *
     * @param name its name
     * @param folder its classes' sources
     * @param tasks the tasks whose tests run (empty: all)
     * @param categories the categories whose tests run
     */
    record Job(String name, Path folder, List<String> tasks, Set<String> categories) {
    }

    /**
     * Runs the exercise's visible tests on each fixture, one after another, in one JVM.
     *
     * @param exercise the exercise's id
     * @param jobs the fixtures
     * @param work a scratch folder
     * @return the outcome of each fixture, by name
     */
    static Map<String, Outcome> run(String exercise, List<Job> jobs, Path work) throws IOException,
            InterruptedException {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        if (jobs.isEmpty()) {
            return outcomes;
        }
        Files.createDirectories(work);
        Path[] compiled = compiled(exercise);
        List<String> spec = new ArrayList<>();
        spec.add(compiled[0] + " " + compiled[1] + " " + stubsJar(exercise) + " " + SECONDS_PER_TEST);
        String lib = compiled[0] + File.pathSeparator + stubsJar(exercise) + File.pathSeparator + classPath();
        for (Job job : jobs) {
            // One folder of learner classes, as a learner's build has: the solution's, with the fixture's compiled
            // over them here, where the compiler is warm, not in the practice JVM
            Path classes = work.resolve("classes").resolve("fixture-" + job.name());
            Submissions.copyTree(compiled[0], classes);
            PracticeRun.compile(PracticeRun.javaFiles(job.folder()), lib, classes);
            spec.add(job.name() + " " + classes + " " + (job.tasks().isEmpty() ? "-"
                    : String.join(",", job.tasks())) + " " + String.join(",", job.categories()));
        }
        Path specFile = Files.write(work.resolve("spec.txt"), spec);
        Path output = work.resolve("failed.tsv");
        // The working folder of an exercise module: its manifest, so the kit's -Dtask choice acts
        Path cwd = Files.createDirectories(work.resolve("module"));
        Files.copy(Repo.ROOT.resolve("exercises").resolve(exercise).resolve(Manifest.FILE_NAME),
                cwd.resolve(Manifest.FILE_NAME));
        // C1 only and a serial collector: a short run of many small tests, on cores the graders share
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(GraderProcess.QUICK_START);
        command.addAll(ClassArchive.of(HOME, exercise).options(null));
        command.addAll(List.of("-cp", classPath(), PracticeRun.class.getName(), specFile.toString(),
                output.toString()));
        Path log = work.resolve("practice.log");
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long limit = 60L + (long) jobs.size() * SECONDS_PER_TEST * 4;
        if (!process.waitFor(limit, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("the visible tests of " + exercise + " did not end within " + limit
                    + " s; see " + log);
        }
        if (process.exitValue() != 0 || !Files.exists(output)) {
            throw new IllegalStateException("the visible tests of " + exercise + " ended with " + process.exitValue()
                    + ":\n" + tail(log));
        }
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", 4);
            Outcome outcome = outcomes.computeIfAbsent(cells[0], k -> new Outcome(0, new TreeMap<>()));
            if (cells[1].equals("ran")) {
                outcomes.put(cells[0], new Outcome(Integer.parseInt(cells[2]), outcome.failed()));
                System.out.printf("visible tests of %s/%s: %s ran in %s%n", exercise, cells[0], cells[2],
                        cells.length > 3 ? cells[3] : "?");
            } else {
                outcome.failed().computeIfAbsent(cells[1], k -> new ArrayList<>())
                        .add(cells[2] + (cells.length > 3 ? ": " + cells[3] : ""));
            }
        }
        return outcomes;
    }

    /** Compiles an exercise's reference solution and visible tests, once; every later call gets the folders. */
    private static Path[] compiled(String exercise) {
        return COMPILED.computeIfAbsent(exercise, id -> {
            try {
                Path out = GraderProcess.GRADER_DIR.resolveSibling("practice-classes").resolve(id);
                dev.threadlings.grader.grade.Folders.deleteQuietly(out);
                String sep = File.pathSeparator;
                String lib = classPath() + sep + stubsJar(id);
                Path solution = PracticeRun.compile(PracticeRun.javaFiles(Repo.ROOT.resolve("solutions").resolve(id)
                        .resolve("src/main/java")), lib, out.resolve("solution"));
                Path tests = PracticeRun.compile(PracticeRun.javaFiles(Repo.ROOT.resolve("exercises").resolve(id)
                        .resolve("src/test/java")), solution + sep + lib, out.resolve("tests"));
                return new Path[] {solution, tests};
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The installation the ITs grade with. */
    private static final GraderHome HOME = new GraderHome(GraderProcess.GRADER_DIR.resolve("threadlings-grader.jar"),
            GraderProcess.GRADER_DIR.resolve("lib"), GraderProcess.GRADER_DIR.resolve("stubs"));

    /**
     * The grading class path, then this runner: a learner's build has the kit and its libraries, and the grader's
     * jars beside them change nothing the visible tests see (the hidden tests' classes are in packages of their
     * own). Beginning with the grading class path lets the JVM map it from the installation's class archive.
     */
    private static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        HOME.gradingClassPath().forEach(entry -> entries.add(entry.toString()));
        try {
            entries.add(Path.of(PracticeRun.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path stubsJar(String exercise) throws IOException {
        try (var jars = Files.list(GraderProcess.GRADER_DIR.resolve("stubs"))) {
            return jars.filter(j -> j.getFileName().toString().startsWith("threadlings-exercise-" + exercise + "-"))
                    .findFirst().orElseThrow(() -> new IOException("no stubs jar of " + exercise));
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
