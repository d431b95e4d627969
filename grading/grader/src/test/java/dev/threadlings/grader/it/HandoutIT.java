package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.Repo;
import dev.threadlings.grader.handout.HandoutCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The learner handout, built fresh by the packaged grader's {@code handout} command: it holds nothing
 * hidden, it builds with its own Maven wrapper, and its tests fail only with the stubs' TODO messages.
 */
class HandoutIT {

    @Test
    void a_fresh_handout_compiles_fails_only_with_todos_and_holds_nothing_hidden(@TempDir Path dir)
            throws Exception {
        Path handout = dir.resolve("handout");
        Process build = new ProcessBuilder(java(), "-jar", GraderProcess.GRADER_DIR.resolve("threadlings-grader.jar")
                .toString(), "handout", "--from", Repo.ROOT.toString(), handout.toString())
                .redirectErrorStream(true).start();
        String said = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(build.exitValue()).as(said).isZero();
        assertThat(said).contains("nothing hidden in it");

        assertThat(HandoutCheck.problems(handout, HandoutCheck.secrets(Repo.ROOT))).isEmpty();
        assertThat(handout.resolve("solutions")).doesNotExist();
        assertThat(handout.resolve("grading")).doesNotExist();
        assertThat(Files.readString(handout.resolve("README.md"))).contains("## How to start")
                .contains("## The exercises, in order").contains("## What is graded, and how")
                .doesNotContain("For instructors");
        theClassroomWorkflowRunsEveryExercise(handout);

        Path log = dir.resolve("handout-test.log");
        ProcessBuilder mvnw = new ProcessBuilder(handout.resolve("mvnw").toString(), "-o", "-B", "-ntp", "test",
                "-fae").directory(handout.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        mvnw.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process test = mvnw.start();
        test.getOutputStream().close();
        boolean ended = test.waitFor(8, TimeUnit.MINUTES);
        if (!ended) {
            test.descendants().forEach(ProcessHandle::destroyForcibly);
            test.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the handout's ./mvnw test ended within 8 minutes").isTrue();
        assertThat(output).as("it compiles").doesNotContain("COMPILATION ERROR").contains("Tests run:");

        List<String> failures = new ArrayList<>();
        int tests = 0;
        List<Path> reports;
        try (Stream<Path> files = Files.walk(handout.resolve("exercises"))) {
            reports = files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).toList();
        }
        assertThat(reports).as("every exercise ran its tests").hasSizeGreaterThanOrEqualTo(3);
        for (Path report : reports) {
            Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                    .getDocumentElement();
            tests += Integer.parseInt(suite.getAttribute("tests"));
            for (String kind : new String[] {"failure", "error"}) {
                NodeList found = suite.getElementsByTagName(kind);
                for (int i = 0; i < found.getLength(); i++) {
                    Element failure = (Element) found.item(i);
                    failures.add(failure.getAttribute("message") + "\n" + failure.getTextContent());
                }
            }
        }
        assertThat(tests).as("visible tests ran").isGreaterThan(20);
        assertThat(failures).as("the stubs fail the tests").isNotEmpty();
        assertThat(failures).as("every failure is a stub's TODO").allSatisfy(f -> assertThat(f).contains("TODO("));
        System.out.printf("handout: %d visible tests, %d failures, all TODOs%n", tests, failures.size());
    }

    /** The workflow's steps run the visible tests of every exercise the handout has, and report them all. */
    private static void theClassroomWorkflowRunsEveryExercise(Path handout) throws Exception {
        String workflow = Files.readString(handout.resolve(".github/workflows/classroom.yml"));
        List<String> exercises;
        try (Stream<Path> dirs = Files.list(handout.resolve("exercises"))) {
            exercises = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(exercises).hasSizeGreaterThanOrEqualTo(3);
        Matcher ids = Pattern.compile("id: ([a-z-]+)").matcher(workflow);
        List<String> stepIds = new ArrayList<>();
        while (ids.find()) {
            stepIds.add(ids.group(1));
        }
        assertThat(stepIds).hasSize(exercises.size());
        for (String exercise : exercises) {
            assertThat(workflow).contains("command: ./mvnw -B -ntp -q test -pl exercises/" + exercise);
        }
        for (String id : stepIds) {
            assertThat(workflow).contains(id.toUpperCase(java.util.Locale.ROOT) + "_RESULTS: \"${{steps." + id
                    + ".outputs.result}}\"");
        }
        assertThat(workflow).contains("runners: '" + String.join(",", stepIds) + "'").doesNotContain("@exercise-");
        String readme = Files.readString(handout.resolve("README.md"));
        for (String exercise : exercises) {
            assertThat(readme).as("the README's table of exercises").containsPattern("\\| " + exercise.substring(0, 2)
                    + " \\| \\[[^]]+\\]\\(exercises/" + exercise + "/README.md\\) \\| .+ \\|");
        }
        assertThat(readme).doesNotContain("@exercise-");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
