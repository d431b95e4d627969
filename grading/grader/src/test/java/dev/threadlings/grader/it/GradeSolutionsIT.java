package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.it.GraderProcess.Grading;
import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.report.GradescopeSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The reference solutions earn every point of the speed tests, graded alone by the packaged grader, and that
 * grading's reports are checked in every format. (Their other tests are graded by {@link FixturesIT}, beside the
 * fixtures: they need no quiet cores.)
 */
// Timed against references, or CPU-bound on every core: never beside another IT class
@Isolated
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradeSolutionsIT {

    /** The speed tests' category. */
    private static final String SPEED = "speedup";

    @TempDir
    static Path dir;

    /** Where the grading's results are: the self-paced handout's {@code target/threadlings/grade}. */
    private static Path out;

    /**
     * The reference solutions, graded by the packaged grader: the very files a self-paced handout ships (HandoutIT
     * checks they are byte for byte the same and runs its {@code ./threadlings grade}).
     */
    @Test
    @Order(1)
    void the_solutions_earn_every_point_for_speed() throws Exception {
        Path submission = Submissions.fromSolutions(dir.resolve("submission"));
        out = dir.resolve("out");
        Grading grading = GraderProcess.grade(submission, out, "--category", SPEED);
        System.out.printf("graded the solutions' speed in %.1f s%n", grading.elapsed().toMillis() / 1000.0);

        assertThat(grading.exitCode()).as(grading.stderr()).isZero();
        JsonNode results = grading.results();
        String lost = String.join("\n", grading.lostPoints());
        assertThat(results.get("max_score").asDouble()).isPositive();
        assertThat(results.get("score").asDouble()).as("points lost by the solutions:%n%s", lost)
                .isEqualTo(results.get("max_score").asDouble());
        assertThat(grading.tests()).allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("passed"));
        for (String exercise : Submissions.exerciseIds()) {
            assertThat(grading.exercise(exercise).get("compiled").asBoolean()).as(exercise).isTrue();
            assertThat(grading.exercise(exercise).get("timed_out").asBoolean()).as(exercise).isFalse();
        }
        assertThat(grading.stdout()).as("the summary is printed").isEqualTo(grading.summary());
        theReportsOfARealGrading(out, results);
    }

    /** Every format a course platform reads, from the same real grading, each checked against its contract. */
    private static void theReportsOfARealGrading(Path out, JsonNode results) throws Exception {
        GradescopeSpec.assertFollows(results);
        assertThat(results.get("leaderboard")).extracting(e -> e.get("name").asText()).containsExactlyElementsOf(
                Submissions.exerciseIds().stream().map(id -> id + " best speedup").toList());
        List<JsonNode> tests = java.util.stream.StreamSupport.stream(results.get("tests").spliterator(), false)
                .toList();
        long speedTests = tests.stream().filter(t -> t.get("tags").toString().contains("\"speedup\"")).count();
        long measured = tests.stream().filter(t -> !t.get("extra_data").get("measurements").isEmpty()).count();
        assertThat(speedTests).as("speed tests").isPositive().isEqualTo(tests.size());
        assertThat(measured).as("speed tests that published their measurements").isEqualTo(speedTests);

        JsonNode exercism = Json.mapper().readTree(out.resolve("exercism/results.json").toFile());
        assertThat(exercism.get("version").asInt()).isEqualTo(3);
        assertThat(exercism.get("status").asText()).isEqualTo("pass");
        assertThat(exercism.get("tests")).hasSize(results.get("tests").size());

        for (String exercise : Submissions.exerciseIds()) {
            Path xml = out.resolve("junit/TEST-" + exercise + ".xml");
            org.w3c.dom.Element suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(xml.toFile()).getDocumentElement();
            assertThat(suite.getAttribute("failures")).as(exercise).isEqualTo("0");
            assertThat(suite.getAttribute("errors")).as(exercise).isEqualTo("0");
        }

        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("aria-label=\"speedup per strategy\"")
                .contains("aria-label=\"kernel calls per thread over time\"")
                .contains("aria-label=\"requests in flight over time\"")
                .contains("ForkJoinFibonacci").contains("ThreadedSumOfSquares(2)").contains("VirtualThreadDownloader");
    }

    /**
     * The solutions' report, opened in a real headless Chromium: the charts must be drawn, not just written.
     * The screenshot is kept as {@code target/report-of-the-solutions.png}. Skipped without a Chromium,
     * except where CI requires one ({@code THREADLINGS_REQUIRE_BROWSER=1}, set by {@code .ci/run}).
     */
    @Test
    @Order(2)
    void the_html_report_draws_its_charts_and_timelines_in_a_browser() throws Exception {
        java.util.Optional<Path> chromium = Browser.chromium();
        if (chromium.isEmpty()) {
            assertThat(Browser.required()).as("THREADLINGS_REQUIRE_BROWSER=1 but no Chromium: run .ci/browser")
                    .isFalse();
            org.junit.jupiter.api.Assumptions.abort("no Chromium here (apt-get install chromium): browser check skipped");
        }
        Path report = out.resolve("report.html");
        assertThat(report).as("written by the_solutions_earn_every_point_for_speed").exists();
        Path png = Path.of("target/report-of-the-solutions.png");
        Files.createDirectories(png.getParent());
        Files.copy(report, Path.of("target/report-of-the-solutions.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        java.awt.image.BufferedImage shot = Browser.screenshot(chromium.get(), report, png, 1000, 9000);

        // Colours that only the charts use: request bars, the in-flight line, the reference's grey bars.
        assertThat(Browser.pixels(shot, 0x90caf9)).as("request bars in the downloads' timelines").isGreaterThan(2000);
        assertThat(Browser.pixels(shot, 0x1565c0)).as("the requests-in-flight line").isGreaterThan(200);
        assertThat(Browser.pixels(shot, 0x9e9e9e)).as("the reference's speedup bars").isGreaterThan(300);
    }

    @Test
    @Order(3)
    void the_installation_holds_no_solution_and_keeps_the_stubs_off_the_class_path() throws Exception {
        Path home = GraderProcess.GRADER_DIR;
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("solution"));
        }
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("threadlings-hidden-tests"))
                    .noneMatch(n -> n.startsWith("threadlings-exercise-"));
        }
        try (Stream<Path> stubs = Files.list(home.resolve("stubs"))) {
            assertThat(stubs.map(f -> f.getFileName().toString().replaceFirst("-\\d+\\.\\d+\\..*\\.jar$", "")))
                    .as("one stubs jar per exercise of the tree")
                    .containsExactlyInAnyOrderElementsOf(Submissions.exerciseIds().stream()
                            .map(id -> "threadlings-exercise-" + id).toList());
        }
        try (JarFile jar = new JarFile(home.resolve("threadlings-grader.jar").toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(classPath).contains("lib/threadlings-hidden-tests").doesNotContain("exercise")
                    .doesNotContain("solution");
        }
    }
}
