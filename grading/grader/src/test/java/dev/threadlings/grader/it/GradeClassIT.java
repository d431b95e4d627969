package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.it.GraderProcess.Grading;
import dev.threadlings.grader.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class of 30 generated submissions of exercise 02 — solutions, stubs and every wrong-solution fixture, as
 * folders, zips and bare git repositories — graded as one folder into a gradebook, with the expected points
 * for each; then graded again, which keeps every unchanged submission and regrades only the one that changed.
 *
 * <p>Graded on correctness and architecture only, two submissions at once (the grader allows that only
 * without the speed tests), to keep the build short; a fixture wrong only in what this run does not grade
 * must then get full marks. {@code FixturesIT} and {@code GradeSolutionsIT} cover the other categories.
 */
class GradeClassIT {

    private static final String EXERCISE = "02-sum-of-squares";
    private static final String[] WITHOUT_SPEED = {"--exercise", EXERCISE, "--category", "correctness",
        "--category", "architecture", "--parallel", "2"};

    private enum Expect { FULL_MARKS, ZERO, LOSES_POINTS }

    @Test
    void grades_a_class_of_30_into_a_gradebook_and_regrades_only_what_changed(@TempDir Path dir) throws Exception {
        Path klass = Files.createDirectories(dir.resolve("class"));
        Map<String, Expect> expected = new LinkedHashMap<>();
        Map<String, List<String>> mustLose = new LinkedHashMap<>();
        Path solution = Submissions.fromSolutions(dir.resolve("solution"));
        Path stub = stub(dir.resolve("stub"));
        for (int i = 1; i <= 4; i++) {
            expected.put(add(klass, "solution-" + i, solution, i), Expect.FULL_MARKS);
        }
        for (int i = 1; i <= 4; i++) {
            expected.put(add(klass, "stub-" + i, stub, i), Expect.ZERO);
        }
        List<Path> fixtures;
        try (Stream<Path> dirs = Files.list(FixturesIT.FIXTURES.resolve(EXERCISE))) {
            fixtures = dirs.filter(d -> Files.isRegularFile(d.resolve("expect.txt"))).sorted().toList();
        }
        for (int i = 0; expected.size() < 30; i++) {
            Path fixture = fixtures.get(i % fixtures.size());
            Path submission = Submissions.fromSolutions(dir.resolve("fixtures").resolve(i + ""));
            Submissions.overlay(submission, EXERCISE, fixture);
            String name = add(klass, String.format(Locale.ROOT, "fixture-%02d-%s", i, fixture.getFileName()),
                    submission, i);
            expected.put(name, Expect.LOSES_POINTS);
            mustLose.put(name, Expectations.of(fixture).testNames());
        }
        Path out = dir.resolve("out");

        Grading first = GraderProcess.grade(klass, out, WITHOUT_SPEED);
        System.out.printf("graded a class of 30 in %.1f s%n", first.elapsed().toMillis() / 1000.0);

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("Graded 30 submissions (0 kept unchanged");
        assertThat(first.stderr()).contains("[########################] 30/30").contains("left");
        Map<String, String[]> book = GraderProcess.gradebook(out);
        assertThat(book.keySet()).filteredOn(k -> !k.equals("learner"))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        double max = -1;
        for (Map.Entry<String, Expect> entry : expected.entrySet()) {
            String learner = entry.getKey();
            JsonNode results = Json.mapper().readTree(out.resolve(learner).resolve("results.json").toFile());
            double score = results.get("score").asDouble();
            double possible = results.get("max_score").asDouble();
            max = max < 0 ? possible : max;
            assertThat(possible).as("%s: the maximum never depends on the submission", learner).isEqualTo(max);
            assertThat(Double.parseDouble(book.get(learner)[1])).as("%s: gradebook score", learner).isEqualTo(score);
            assertThat(Double.parseDouble(book.get(learner)[book.get("learner").length - 2]))
                    .as("%s: graded within the exercise's time limit", learner).isLessThan(180);
            assertThat(out.resolve(learner).resolve("report.html")).exists();
            switch (entry.getValue()) {
                case FULL_MARKS -> assertThat(score).as(learner).isEqualTo(possible);
                case ZERO -> assertThat(score).as(learner).isZero();
                case LOSES_POINTS -> assertLosesWhereExpected(learner, results, mustLose.get(learner));
            }
        }
        assertThat(book.get("learner")).containsExactly("learner", "score", "max_score", EXERCISE,
                EXERCISE + " correctness", EXERCISE + " architecture", "seconds", "problem");

        Grading again = GraderProcess.grade(klass, out, WITHOUT_SPEED);
        assertThat(again.stdout()).contains("Graded 30 submissions (30 kept unchanged");
        assertThat(again.elapsed()).as("nothing to grade").isLessThan(first.elapsed().dividedBy(3));

        Submissions.overlay(klass.resolve("stub-3"), EXERCISE, solution.resolve(Submissions.sources(EXERCISE))
                .resolve("dev/threadlings/sumsquares"));
        Grading changed = GraderProcess.grade(klass, out, WITHOUT_SPEED);
        assertThat(changed.stdout()).contains("Graded 30 submissions (29 kept unchanged");
        assertThat(Double.parseDouble(GraderProcess.gradebook(out).get("stub-3")[1])).isEqualTo(max);
    }

    /** A fixture loses points on a graded test its expect.txt names, or, if it names only speed tests, on none. */
    private static void assertLosesWhereExpected(String learner, JsonNode results, List<String> names) {
        List<JsonNode> named = new ArrayList<>();
        results.get("tests").forEach(t -> {
            String name = t.get("name").asText().toLowerCase(Locale.ROOT);
            if (names.stream().anyMatch(name::contains)) {
                named.add(t);
            }
        });
        double score = results.get("score").asDouble();
        double possible = results.get("max_score").asDouble();
        if (named.isEmpty()) {
            assertThat(score).as("%s is wrong only in speed, which this run does not grade", learner)
                    .isEqualTo(possible);
            return;
        }
        assertThat(score).as("%s", learner).isLessThan(possible);
        assertThat(named).as("%s loses points on a test its expect.txt names", learner)
                .anyMatch(t -> t.get("score").asDouble() < t.get("max_score").asDouble());
    }

    /** Adds a submission to the class: as a folder, a zip or a bare git repository, in turn. */
    private static String add(Path klass, String name, Path submission, int turn) throws Exception {
        switch (turn % 3) {
            case 0 -> Submissions.copyTree(submission, klass.resolve(name));
            case 1 -> zip(submission, klass.resolve(name + ".zip"), name + "/");
            default -> bareRepository(submission, klass.resolve(name + ".git"));
        }
        return name;
    }

    private static Path stub(Path submission) throws IOException {
        Submissions.copyTree(GraderProcess.REPO.resolve("exercises").resolve(EXERCISE).resolve("src/main/java"),
                submission.resolve(Submissions.sources(EXERCISE)));
        return submission;
    }

    private static void zip(Path from, Path zip, String prefix) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + from.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void bareRepository(Path from, Path bare) throws Exception {
        Path tree = bare.resolveSibling("." + bare.getFileName() + "-tree");
        Submissions.copyTree(from, tree);
        git(tree, "init", "-q");
        git(tree, "add", ".");
        git(tree, "commit", "-q", "-m", "submission");
        git(bare.getParent(), "clone", "-q", "--bare", tree.toString(), bare.toString());
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(output).isZero();
    }

}
