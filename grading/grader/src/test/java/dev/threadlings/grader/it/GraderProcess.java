package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.Repo;
import dev.threadlings.grader.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged grader ({@code target/grader/threadlings-grader.jar}) as a user would, with
 * {@code java -jar}, one grading at a time.
 */
final class GraderProcess {

    /** The options that grade every category but speed: what needs no quiet cores. */
    static final List<String> WITHOUT_SPEED = List.of("--category", "correctness", "--category", "concurrency",
            "--category", "architecture", "--category", "hygiene");

    /** The packaged grader, set by the pom. */
    static final Path GRADER_DIR = Path.of(System.getProperty("threadlings.grader.dir", "target/grader"))
            .toAbsolutePath().normalize();

    private GraderProcess() {
    }

    /**
     * What one grading gave.
     *
     * @param exitCode the grader's exit code
     * @param stdout what it printed (the summary)
     * @param stderr its progress lines
     * @param results the parsed {@code results.json}, or {@code null} when missing
     * @param summary {@code summary.txt}, or {@code null} when missing
     * @param elapsed how long the grading took
     */
    record Grading(int exitCode, String stdout, String stderr, JsonNode results, String summary, Duration elapsed) {

        /** The tests of {@code results.json}. */
        List<JsonNode> tests() {
            List<JsonNode> tests = new ArrayList<>();
            results.get("tests").forEach(tests::add);
            return tests;
        }

        /** The tests that lost points, each as "number name: output". */
        List<String> lostPoints() {
            return tests().stream().filter(t -> t.get("score").asDouble() < t.get("max_score").asDouble())
                    .map(t -> t.get("number").asText() + " " + t.get("name").asText() + ": " + t.get("output").asText())
                    .toList();
        }

        /** The extra data of one exercise. */
        JsonNode exercise(String id) {
            return results.get("extra_data").get("exercises").get(id);
        }
    }

    /**
     * The options of a JVM that times nothing and lives a few seconds (the grader's own, the handout command's, the
     * practice runs'): C1 and a serial collector cost the shared cores less than C2's compiler threads, as
     * {@code ./grade} starts the grader. The test JVMs a grader starts keep their own flags.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * Grades a submission into {@code out}.
     *
     * @param submission the submission folder
     * @param out the output folder
     * @param options more options, for example {@code --timeout 10}
     * @return what the grading gave
     */
    static Grading grade(Path submission, Path out, String... options) throws IOException, InterruptedException {
        return grade(List.of(), submission, out, options);
    }

    /**
     * Grades a submission into {@code out} with a grader JVM started with options of its own.
     *
     * @param jvmOptions the grader JVM's options, for example {@code -Djava.io.tmpdir=...}
     * @param submission the submission folder
     * @param out the output folder
     * @param options more options, for example {@code --timeout 10}
     * @return what the grading gave
     */
    static Grading grade(List<String> jvmOptions, Path submission, Path out, String... options)
            throws IOException, InterruptedException {
        return grade(jvmOptions, GRADER_DIR.resolve("threadlings-grader.jar"), submission, out, options);
    }

    /**
     * Grades a submission into {@code out} with a grader installed elsewhere, such as a self-paced handout's.
     *
     * @param jvmOptions the grader JVM's options
     * @param graderJar the installation's {@code threadlings-grader.jar}
     * @param submission the submission folder
     * @param out the output folder
     * @param options more options, for example {@code --timeout 10}
     * @return what the grading gave
     */
    static Grading grade(List<String> jvmOptions, Path graderJar, Path submission, Path out, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(QUICK_START);
        command.addAll(sharedArchive("grader"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", graderJar.toString(), "grade", submission.toString(), "--out",
                out.toString()));
        command.addAll(List.of(options));
        Files.createDirectories(out);
        Path stdout = out.resolve("grader.stdout");
        Path stderr = out.resolve("grader.stderr");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(ended).as("the grader ended within 10 minutes").isTrue();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Path results = out.resolve("results.json");
        Path summary = out.resolve("summary.txt");
        return new Grading(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8),
                Files.exists(results) ? Json.mapper().readTree(results.toFile()) : null,
                Files.exists(summary) ? Files.readString(summary, StandardCharsets.UTF_8) : null, elapsed);
    }

    /**
     * The options that keep the classes a JVM of this kind loads in an archive of this thread's, made by its first
     * run and mapped by the next ones: loading a grader's, javac's or JUnit's classes anew is most of the CPU a
     * short JVM takes, and the ITs start a hundred of them on two cores. One archive per thread, so two JVMs never
     * write the same one; a stale or broken archive is made again, never an error. Only for a class path of jars:
     * the JDK cannot archive classes from a folder, and a JVM asked to fails at its exit.
     *
     * @param kind what the JVM runs, for the archive's name
     * @return the options
     */
    static List<String> sharedArchive(String kind) throws IOException {
        Path folder = Files.createDirectories(GRADER_DIR.resolveSibling("class-archives"));
        String thread = Thread.currentThread().getName().replaceAll("[^A-Za-z0-9-]", "_");
        return List.of("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + folder.resolve(kind + "-" + thread + ".jsa"), "-Xlog:disable");
    }

    /**
     * Reads one learner's {@code results.json} of a class's grading.
     *
     * @param out the class's output folder
     * @param learner the learner's name
     * @return the results
     */
    static JsonNode results(Path out, String learner) throws IOException {
        return Json.mapper().readTree(out.resolve(learner).resolve("results.json").toFile());
    }

    /**
     * Reads a class's {@code gradebook.csv} (RFC 4180: quoted cells may hold commas, quotes and line breaks).
     *
     * @param out the class's output folder
     * @return the rows by learner; the header under "learner"
     */
    static Map<String, String[]> gradebook(Path out) throws IOException {
        String text = Files.readString(out.resolve("gradebook.csv"), StandardCharsets.UTF_8);
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.put(cells.get(0), cells.toArray(String[]::new));
                cells.clear();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.put(cells.get(0), cells.toArray(String[]::new));
        }
        return rows;
    }
}
