package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.Repo;
import dev.threadlings.grader.it.GraderProcess.Grading;
import dev.threadlings.grader.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@code grading/fixtures/hostile/<exercise>/<name>/}: hangs, deadlocks, exits, halts,
 * crashes, thread and process bombs, a full heap, an output flood, tampering, malformed sources), plus an
 * empty zip and one whose paths escape, graded as one class in one run: each learner gets what its
 * {@code expect.txt} says, the gradebook has every learner, and nothing is left behind: no process, no
 * temporary file, and the grader's JVM ends by itself.
 *
 * <p>Each submission holds only its fixture's exercise (the solution with the fixture laid over it), so the
 * other exercises are "missing" at no cost. Only correctness tests are graded, two submissions at once,
 * with a 10 s limit per test.
 */
class HostileCorpusIT {

    static final Path HOSTILE = FixturesIT.FIXTURES.resolve("hostile");
    static final String TEST_TIMEOUT = "10";

    record Learner(String exercise, Path fixture) {
    }

    @Test
    void the_hostile_corpus_is_graded_in_one_run_completely_and_leaves_nothing_behind(@TempDir Path dir)
            throws Exception {
        Path klass = Files.createDirectories(dir.resolve("class"));
        Map<String, Learner> learners = new LinkedHashMap<>();
        Set<String> only = new LinkedHashSet<>();
        try (Stream<Path> found = Files.walk(HOSTILE, 2)) {
            for (Path fixture : found.filter(d -> Files.isRegularFile(d.resolve("expect.txt"))).sorted().toList()) {
                String exercise = fixture.getParent().getFileName().toString();
                String learner = exercise.substring(0, 2) + "-" + fixture.getFileName();
                Path submission = klass.resolve(learner);
                Submissions.copyTree(Repo.ROOT.resolve("solutions").resolve(exercise).resolve("src/main/java"),
                        submission.resolve(Submissions.sources(exercise)));
                Submissions.overlay(submission, exercise, fixture);
                learners.put(learner, new Learner(exercise, fixture));
                List<String> options = Expectations.of(fixture).onlyOptions();
                for (int i = 1; i < options.size(); i += 2) {
                    only.add(options.get(i));
                }
            }
        }
        assertThat(learners).as("hostile fixtures").hasSizeGreaterThanOrEqualTo(15);
        emptyZip(klass.resolve("empty.zip"));
        escapingZip(klass.resolve("escapes.zip"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> options = new ArrayList<>(List.of("--category", "correctness", "--parallel", "2",
                "--test-timeout", TEST_TIMEOUT));
        only.forEach(o -> options.addAll(List.of("--only", o)));
        Path out = dir.resolve("out");

        Grading grading = GraderProcess.grade(List.of("-Djava.io.tmpdir=" + tmp), klass, out,
                options.toArray(String[]::new));
        System.out.printf("graded the hostile corpus of %d in %.1f s%n", learners.size() + 2,
                grading.elapsed().toMillis() / 1000.0);

        assertThat(grading.exitCode()).as(grading.stderr()).isZero();
        Map<String, String[]> book = GraderProcess.gradebook(out);
        String[] header = book.get("learner");
        assertThat(book.keySet()).as("the gradebook's learners").containsExactlyInAnyOrderElementsOf(
                Stream.concat(Stream.of("learner", "empty", "escapes"), learners.keySet().stream()).toList());
        assertThat(book.get("empty")[header.length - 1]).contains("the zip is empty");
        assertThat(book.get("escapes")[header.length - 1]).contains("would land outside its folder");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Learner> entry : learners.entrySet()) {
            String learner = entry.getKey();
            try {
                JsonNode results = Json.mapper().readTree(out.resolve(learner).resolve("results.json").toFile());
                Expectations.of(entry.getValue().fixture()).check(learner, results, entry.getValue().exercise());
                assertThat(Double.parseDouble(book.get(learner)[1])).as("%s: gradebook score", learner)
                        .isEqualTo(results.get("score").asDouble());
                assertThat(Duration.ofMillis((long) (Double.parseDouble(book.get(learner)[header.length - 2]) * 1000)))
                        .as("%s: graded within its time limit (three exercises of 180 s)", learner)
                        .isLessThan(Duration.ofSeconds(3 * 180));
            } catch (AssertionError e) {
                wrong.add(e.getMessage());
            }
        }
        assertThat(wrong).as("learners not graded as their expect.txt says").isEmpty();
        Thread.sleep(1000);
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .as("processes left behind")
                .noneMatch(c -> c.contains(dir.toString()))
                .noneMatch(c -> c.contains("sleep 86399"));
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(Path::toString).toList()).as("temporary files left behind").isEmpty();
        }
    }

    private static void emptyZip(Path zip) throws IOException {
        new ZipOutputStream(Files.newOutputStream(zip)).close();
    }

    private static void escapingZip(Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("exercises/02-sum-of-squares/src/main/java/Ok.java"));
            out.write("class Ok {}".getBytes());
            out.closeEntry();
            out.putNextEntry(new ZipEntry("../../../tmp/escaped-by-a-learner.txt"));
            out.write(1);
            out.closeEntry();
        }
    }
}
