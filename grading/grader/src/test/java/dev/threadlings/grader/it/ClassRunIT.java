package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.Repo;
import dev.threadlings.grader.it.GraderProcess.Grading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What grading a class does besides grading (on two exercises: HandoutIT's self-paced grade shows the stubs of every
 * exercise earn nothing): the stubs get nothing and every test says "not attempted", a folder
 * that is not a submission gets a row that says so, submissions come as folders, zips and bare git repositories,
 * and a second run keeps every unchanged submission and regrades only the one that changed. Nothing here is timed,
 * so it runs beside the other IT classes that need no quiet cores.
 */
class ClassRunIT {

    @Test
    void a_class_gives_every_entry_a_row_and_regrades_only_what_changed(@TempDir Path dir) throws Exception {
        String exercise = "02-sum-of-squares";
        Path klass = Files.createDirectories(dir.resolve("class"));
        Path stubs = dir.resolve("stubs");
        for (String id : Submissions.exerciseIds()) {
            Submissions.copyTree(Repo.ROOT.resolve("exercises").resolve(id).resolve("src/main/java"),
                    stubs.resolve(Submissions.sources(id)));
        }
        Submissions.addToClass(klass, "all-stubs", stubs, 1);
        Path stub = dir.resolve("stub");
        Submissions.copyTree(stubs.resolve(Submissions.sources(exercise)), stub.resolve(Submissions.sources(exercise)));
        Submissions.addToClass(klass, "stub-02", stub, 0);
        Submissions.addToClass(klass, "stub-02-in-git", stub, 2);
        Files.writeString(Files.createDirectories(klass.resolve("not-a-kit")).resolve("README.md"), "elsewhere");
        Path out = dir.resolve("out");
        // Two exercises show the class's mechanics; that the stubs of every exercise earn nothing and say "not
        // attempted" is HandoutIT's self-paced grade's to show
        String[] options = Stream.concat(GraderProcess.WITHOUT_SPEED.stream(), Stream.of("--parallel", "2",
                "--exercise", exercise, "--exercise", "03-fibonacci")).toArray(String[]::new);

        Grading first = GraderProcess.grade(klass, out, options);

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("Graded 3 submissions (0 kept unchanged")
                .contains("1 entry of the class folder is not a submission, so it has a row with no points that says"
                        + " why: not-a-kit");
        assertThat(first.stderr()).as("the progress bar").contains("] 4/4");
        Map<String, String[]> book = GraderProcess.gradebook(out);
        String[] header = book.get("learner");
        assertThat(book.keySet()).containsExactly("learner", "all-stubs", "not-a-kit", "stub-02", "stub-02-in-git");
        assertThat(header).startsWith("learner", "score", "max_score").endsWith("seconds", "problem")
                .contains(exercise, exercise + " correctness", "03-fibonacci hygiene");
        double max = GraderProcess.results(out, "all-stubs").get("max_score").asDouble();
        for (String learner : List.of("all-stubs", "stub-02", "stub-02-in-git")) {
            JsonNode results = GraderProcess.results(out, learner);
            assertThat(results.get("max_score").asDouble()).as("%s: the maximum never depends on the submission",
                    learner).isEqualTo(max);
            assertThat(results.get("score").asDouble()).as(learner).isZero();
            assertThat(Double.parseDouble(book.get(learner)[1])).as("%s: gradebook score", learner).isZero();
        }
        List<JsonNode> tests = new ArrayList<>();
        GraderProcess.results(out, "all-stubs").get("tests").forEach(tests::add);
        assertThat(tests).as("the stubs' tests").isNotEmpty().allSatisfy(t -> assertThat(t.get("output").asText())
                .startsWith("Not attempted"));
        assertThat(book.get("not-a-kit")[1]).isEqualTo("0");
        assertThat(book.get("not-a-kit")[header.length - 1])
                .startsWith("not a submission: a folder without exercises/");

        Grading again = GraderProcess.grade(klass, out, options);
        assertThat(again.stdout()).contains("Graded 3 submissions (3 kept unchanged");

        Submissions.overlay(klass.resolve("stub-02"), exercise, Repo.ROOT.resolve("solutions")
                .resolve(exercise).resolve("src/main/java/dev/threadlings/sumsquares"));
        Grading changed = GraderProcess.grade(klass, out, options);
        assertThat(changed.stdout()).contains("Graded 3 submissions (2 kept unchanged");
        JsonNode solved = GraderProcess.results(out, "stub-02").get("extra_data").get("exercises").get(exercise);
        assertThat(solved.get("score").asDouble()).as("the regraded submission").isEqualTo(
                solved.get("max_score").asDouble());
    }
}
