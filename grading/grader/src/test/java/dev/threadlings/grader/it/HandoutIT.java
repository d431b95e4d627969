package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.Repo;
import dev.threadlings.grader.handout.HandoutCheck;
import dev.threadlings.kit.manifest.Manifest;
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
        // As on a learner's machine: no JAVA_HOME, and the default java older than 21 where this machine has one;
        // the wrapper finds a JDK 21+ in the usual places itself.
        mvnw.environment().remove("JAVA_HOME");
        olderJava().ifPresent(bin -> mvnw.environment().put("PATH", bin + java.io.File.pathSeparator
                + mvnw.environment().getOrDefault("PATH", "")));
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
        assertThat(failures).as("every failure is a stub's TODO, said once as not attempted")
                .allSatisfy(f -> assertThat(f).startsWith("not attempted: ").contains("TODO("));
        assertThat(failures).as("each TODO is reported once").doesNotHaveDuplicates();
        assertThat(output).as("no JVM warnings from Maven itself").doesNotContain("sun.misc.Unsafe");
        theLastWordIsOneLinePerTask(output);
        System.out.printf("handout: %d visible tests, %d failures, all TODOs said once%n", tests, failures.size());
    }

    /** After Maven's own last lines, the wrapper prints every exercise's tasks, one line each, and the next step. */
    private static void theLastWordIsOneLinePerTask(String output) throws Exception {
        String summary = output.substring(output.lastIndexOf("== Threadlings =="));
        for (Manifest manifest : Manifest.allIn(Repo.ROOT)) {
            assertThat(summary).contains(manifest.id() + ", " + manifest.title() + ": 0 of " + manifest.tasks().size()
                    + " tasks done");
            for (Manifest.Task task : manifest.tasks()) {
                assertThat(summary).containsOnlyOnce("  task " + task.number() + "  " + task.strategy() + " ");
            }
        }
        assertThat(summary.lines().filter(l -> l.startsWith("  task ")).count()).as("one line per task")
                .isEqualTo(Manifest.allIn(Repo.ROOT).stream().mapToLong(m -> m.tasks().size()).sum());
        assertThat(summary).contains("Next: 01-downloads, task 1").doesNotContain("[ERROR]");
    }

    /** The bin folder of a JDK older than 21 in the usual place, where this machine has one. */
    private static java.util.Optional<Path> olderJava() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return java.util.Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().matches(".*-(1[1-7]|8)-.*"))
                    .map(d -> d.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("java"))).sorted()
                    .findFirst();
        }
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
