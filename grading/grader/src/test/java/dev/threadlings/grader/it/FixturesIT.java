package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.it.GraderProcess.Grading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture of {@code grading/fixtures/<exercise>/<name>/} (learner classes laid over the solutions,
 * and an {@code expect.txt}) loses points where it says, and is never mistaken for "not attempted".
 *
 * <p>Each line of {@code expect.txt} is a substring of test names (case ignored), optionally followed by
 * {@code " | "} and a substring of the message: at least one test whose name holds it must lose points
 * (with that message), and no test whose name holds it may be "not attempted". Only the tests that the
 * lines name are run ({@code --only}), so each fixture costs seconds, not a whole hidden suite.
 *
 * <p>A speed test can only catch a slow strategy on a machine that shows parallel gain; elsewhere it is
 * inconclusive and passes. A line whose message part is {@value #OR_INCONCLUSIVE} accepts that: the test
 * loses points, or it passed saying "inconclusive:" (on a busy or one-core machine). Every other
 * expectation must hold on any machine.
 */
class FixturesIT {

    static final Path FIXTURES = GraderProcess.REPO.resolve("grading/fixtures");
    static final String OR_INCONCLUSIVE = "or inconclusive";

    static Stream<Arguments> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.walk(FIXTURES, 2)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expect.txt"))).sorted()
                    .map(d -> Arguments.of(FIXTURES.relativize(d).toString(), d)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void each_fixture_loses_the_points_it_expects_to(String name, Path fixture, @TempDir Path dir) throws Exception {
        List<String> expectations = Submissions.expectations(fixture.resolve("expect.txt"));
        assertThat(expectations).as("%s/expect.txt names at least one test", name).isNotEmpty();
        Path submission = Submissions.fromSolutions(dir.resolve("submission"));
        String exercise = fixture.getParent().getFileName().toString();
        Submissions.overlay(submission, exercise, fixture);
        List<String> only = new ArrayList<>(List.of("--exercise", exercise));
        expectations.forEach(e -> only.addAll(List.of("--only", e.split("\\s+\\|\\s+", 2)[0])));
        Grading grading = GraderProcess.grade(submission, dir.resolve("out"), only.toArray(String[]::new));
        System.out.printf("graded fixture %s in %.1f s%n", name, grading.elapsed().toMillis() / 1000.0);

        assertThat(grading.exitCode()).as(grading.stderr()).isZero();
        assertThat(grading.exercise(exercise).get("compiled").asBoolean()).as("%s compiles", name).isTrue();
        boolean inconclusiveOnly = true;
        for (String expectation : expectations) {
            String[] parts = expectation.split("\\s+\\|\\s+", 2);
            String testName = parts[0];
            String message = parts.length > 1 ? parts[1] : "";
            List<JsonNode> matching = grading.tests().stream()
                    .filter(t -> t.get("name").asText().toLowerCase(Locale.ROOT)
                            .contains(testName.toLowerCase(Locale.ROOT)))
                    .toList();
            assertThat(matching).as("%s: tests named like '%s'", name, testName).isNotEmpty();
            if (message.equals(OR_INCONCLUSIVE) && matching.stream()
                    .allMatch(t -> t.get("output").asText().startsWith("inconclusive:"))) {
                System.out.printf("fixture %s: '%s' was inconclusive on this machine%n", name, testName);
                continue;
            }
            inconclusiveOnly = false;
            String lost = message.equals(OR_INCONCLUSIVE) ? "" : message;
            assertThat(matching).as("%s: some test named like '%s' loses points%s", name, testName,
                    message.isEmpty() ? "" : " saying '" + message + "'")
                    .anySatisfy(t -> {
                        assertThat(t.get("score").asDouble()).isLessThan(t.get("max_score").asDouble());
                        assertThat(t.get("output").asText()).contains(lost);
                    });
            assertThat(matching).as("%s: no test named like '%s' is 'not attempted'", name, testName)
                    .allSatisfy(t -> assertThat(t.get("output").asText()).doesNotStartWith("Not attempted"));
        }
        if (!inconclusiveOnly) {
            assertThat(grading.results().get("score").asDouble()).as("%s loses points", name)
                    .isLessThan(grading.results().get("max_score").asDouble());
        }
    }
}
