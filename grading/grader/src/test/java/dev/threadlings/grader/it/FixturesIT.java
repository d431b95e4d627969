package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.it.GraderProcess.Grading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture of {@code grading/fixtures/<exercise>/<name>/} (learner classes laid over the solutions,
 * and an {@code expect.txt}: see {@link Expectations}) loses points where it says, and is never mistaken
 * for "not attempted". Only the tests that the lines name are run ({@code --only}), so each fixture costs
 * seconds, not a whole hidden suite. The hostile fixtures ({@code grading/fixtures/hostile/}) are graded
 * together, as a class, by {@link HostileCorpusIT}.
 */
class FixturesIT {

    static final Path FIXTURES = GraderProcess.REPO.resolve("grading/fixtures");

    static Stream<Arguments> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.walk(FIXTURES, 2)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expect.txt"))).sorted()
                    .map(d -> Arguments.of(FIXTURES.relativize(d).toString(), d)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void each_fixture_loses_the_points_it_expects_to(String name, Path fixture, @TempDir Path dir) throws Exception {
        Expectations expectations = Expectations.of(fixture);
        Path submission = Submissions.fromSolutions(dir.resolve("submission"));
        String exercise = fixture.getParent().getFileName().toString();
        Submissions.overlay(submission, exercise, fixture);
        List<String> options = new ArrayList<>(List.of("--exercise", exercise));
        options.addAll(expectations.onlyOptions());
        Grading grading = GraderProcess.grade(submission, dir.resolve("out"), options.toArray(String[]::new));
        System.out.printf("graded fixture %s in %.1f s%n", name, grading.elapsed().toMillis() / 1000.0);

        assertThat(grading.exitCode()).as(grading.stderr()).isZero();
        expectations.check(name, grading.results(), exercise);
    }
}
