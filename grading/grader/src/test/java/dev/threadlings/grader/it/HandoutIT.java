package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.Repo;
import dev.threadlings.grader.handout.HandoutCheck;
import dev.threadlings.kit.manifest.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The learner handout, built fresh by the packaged grader's {@code handout} command: it holds nothing
 * hidden, it builds with its own Maven wrapper, and its tests fail only with the stubs' TODO messages. Then the
 * learner CLI in it, driven in a real terminal as a learner drives it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandoutIT {

    @TempDir
    static Path dir;

    /** The handout, once the first test built it and ran its tests. */
    private static Path handout;

    /** The handout's files as built, before anything ran in it. */
    private static List<String> handoutFiles;

    @Test
    @Order(1)
    void a_fresh_handout_compiles_fails_only_with_todos_and_holds_nothing_hidden() throws Exception {
        Path built = dir.resolve("handout");
        assertThat(Handouts.build(built)).contains("nothing hidden in it");

        assertThat(HandoutCheck.problems(built, HandoutCheck.secrets(Repo.ROOT))).isEmpty();
        handoutFiles = Handouts.files(built);
        assertThat(built.resolve("solutions")).doesNotExist();
        assertThat(built.resolve("grading")).doesNotExist();
        assertThat(built.resolve("threadlings")).isExecutable();
        assertThat(Files.readString(built.resolve("README.md"))).contains("## How to start")
                .contains("## The exercises, in order").contains("## What is graded, and how")
                .doesNotContain("For instructors");
        theClassroomWorkflowRunsEveryExercise(built);

        Path log = dir.resolve("handout-test.log");
        ProcessBuilder mvnw = Handouts.asALearner(new ProcessBuilder(built.resolve("mvnw").toString(), "-o", "-B", "-ntp",
                "test", "-fae").directory(built.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()));
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
        try (Stream<Path> files = Files.walk(built.resolve("exercises"))) {
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
        handout = built;
    }

    /**
     * The self-paced handout: the default one and the grader with its hidden tests beside it. Its {@code ./threadlings
     * grade} gives the stubs nothing, every hidden test "not attempted"; its grader is the packaged one byte for
     * byte, which gives the reference solutions full marks (GradeSolutionsIT, FixturesIT).
     */
    @Test
    @Order(2)
    void a_self_paced_handout_grades_as_the_course_would() throws Exception {
        Assumptions.assumeTrue(handout != null, "the handout's own test failed");
        Path selfPaced = dir.resolve("self-paced");
        assertThat(Handouts.build(selfPaced, "--self-paced")).contains("Wrote the self-paced handout")
                .contains(".threadlings/grader");
        Path grader = selfPaced.resolve(".threadlings/grader");
        assertThat(grader.resolve("threadlings-grader.jar")).isRegularFile();
        // The packaged grader, byte for byte: the reference's full marks (GradeSolutionsIT, FixturesIT) are this grader's
        for (String file : Handouts.files(grader)) {
            assertThat(Files.mismatch(grader.resolve(file), GraderProcess.GRADER_DIR.resolve(file))).as(file)
                    .isEqualTo(-1L);
        }
        assertThat(grader.resolve("lib")).isDirectoryContaining("glob:**/threadlings-hidden-tests-*.jar");
        assertThat(Handouts.files(selfPaced).stream().filter(f -> !f.startsWith(".threadlings")).toList())
                .as("the default handout, and only the grader beside it").isEqualTo(handoutFiles);
        assertThat(handoutFiles).as("the default handout ships no grader").noneMatch(f -> f.startsWith(".threadlings"));

        // Graded in the handout whose tests ran already (its CLI is built, which saves a Maven build): the
        // self-paced grader copied into it
        Submissions.copyTree(grader, handout.resolve(".threadlings/grader"));
        String stubs = Handouts.grade(handout, dir.resolve("grade-stubs.log"));
        assertThat(stubs).contains("TOTAL  0 / ").contains("not attempted");
        for (Manifest manifest : Manifest.allIn(Repo.ROOT)) {
            assertThat(stubs).containsPattern("== " + manifest.id() + ": 0 / [1-9][0-9.]* points");
        }
        // The stubs earn nothing, and every hidden test says "not attempted" with the stub's TODO
        com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(handout.resolve("target/threadlings/grade/results.json").toFile());
        assertThat(results.get("max_score").asDouble()).isPositive();
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("tests")).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("status").asText()).isEqualTo("failed");
            assertThat(t.get("output").asText()).as(t.get("name").asText()).startsWith("Not attempted yet: TODO(");
        });
    }

    /**
     * The learner CLI in a real terminal (tmux), in the handout whose tests just ran: its progress, a hint at a time,
     * watch rerunning the task's checks when a file is saved and moving on when the task is done, and check writing
     * the report a real browser draws.
     */
    @Test
    @Order(3)
    void the_learner_cli_drives_the_loop_in_a_real_terminal() throws Exception {
        Assumptions.assumeTrue(handout != null, "the handout's own test failed");
        java.util.Optional<Path> tmux = Terminal.tmux();
        if (tmux.isEmpty()) {
            assertThat(Terminal.required()).as("THREADLINGS_REQUIRE_TERMINAL=1 but no tmux: run .ci/terminal")
                    .isFalse();
            Assumptions.abort("no tmux on this machine");
        }
        java.util.Map<String, String> environment = new java.util.HashMap<>();
        environment.put("JAVA_HOME", null);
        environment.put("MAVEN_ARGS", "-o -ntp");
        Handouts.olderJava().ifPresent(bin -> environment.put("PATH", bin + java.io.File.pathSeparator
                + System.getenv().getOrDefault("PATH", "")));
        Path stub = handout.resolve("exercises/01-downloads/src/main/java/dev/threadlings/downloads/"
                + "SequentialDownloader.java");
        Path solution = Repo.ROOT.resolve("solutions/01-downloads/src/main/java/dev/threadlings/downloads/"
                + "SequentialDownloader.java");
        try (Terminal terminal = Terminal.open(tmux.get(), handout, environment)) {
            terminal.type("./threadlings");
            terminal.await("Current: 01-downloads, task 1 (SequentialDownloader)", 1, Duration.ofMinutes(2));
            assertThat(terminal.text()).contains("Threadlings: 0 of ").contains("[ ] task 1  SequentialDownloader"
                    + "     not attempted");

            terminal.awaitShell(Duration.ofMinutes(1));
            terminal.type("./threadlings hint");
            terminal.await("01-downloads, task 1 (SequentialDownloader), hint 1 of ", 1, Duration.ofMinutes(1));
            terminal.awaitShell(Duration.ofMinutes(1));
            terminal.type("./threadlings hint -t 2");
            terminal.await("01-downloads, task 2 (ThreadedDownloader), hint 1 of 3", 1, Duration.ofMinutes(1));
            terminal.awaitShell(Duration.ofMinutes(1));
            terminal.type("./threadlings hint -t 2");
            // its last line, so the whole answer is on the screen
            String shown = terminal.await("Run ./threadlings hint again for the next one (1 more).", 1,
                    Duration.ofMinutes(1));
            assertThat(shown).as("one hint at a time, never two at once").doesNotContain("hint 3 of 3")
                    .contains("01-downloads, task 2 (ThreadedDownloader), hint 2 of 3: Hint: why did I get 1 in"
                            + " flight?");

            terminal.awaitShell(Duration.ofMinutes(1));
            terminal.type("./threadlings watch");
            terminal.await("Watching exercises/01-downloads/src/main/java for 01-downloads, task 1", 1,
                    Duration.ofMinutes(3));
            assertThat(terminal.text()).contains("Not done yet");
            Files.copy(solution, stub, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            shown = terminal.await("Watching exercises/01-downloads/src/main/java for 01-downloads, task 2", 1,
                    Duration.ofMinutes(3));
            assertThat(shown).contains("Saved: exercises/01-downloads/src/main/java/dev/threadlings/downloads/"
                    + "SequentialDownloader.java").contains("Task 1 of 01-downloads is done.")
                    .contains("Next: 01-downloads, task 2 (ThreadedDownloader)")
                    .contains("task 1  SequentialDownloader     done (");
            terminal.type("q");
            terminal.await("Stopped watching.", 1, Duration.ofMinutes(1));
            terminal.awaitShell(Duration.ofMinutes(1));

            terminal.type("./threadlings check -e 1");
            shown = terminal.await("The report: target/threadlings/report.html", 1, Duration.ofMinutes(4));
            assertThat(shown).contains("1 of 5 tasks done");
        }
        Path report = handout.resolve("target/threadlings/report.html");
        String html = Files.readString(report);
        assertThat(html).contains("<p class=\"total\">1 of 5 tasks done</p>")
                .contains("<td>SequentialDownloader</td>").contains("aria-label=\"requests in flight over time\"")
                .contains("not attempted");
        java.util.Optional<Path> chromium = Browser.chromium();
        if (chromium.isEmpty()) {
            assertThat(Browser.required()).as("THREADLINGS_REQUIRE_BROWSER=1 but no Chromium: run .ci/browser")
                    .isFalse();
            return;
        }
        java.awt.image.BufferedImage shot = Browser.screenshot(chromium.get(), report, dir.resolve("practice.png"),
                1000, 4000);
        assertThat(Browser.pixels(shot, 0x90caf9)).as("request bars in the learner's own timeline").isGreaterThan(100);
        assertThat(Browser.pixels(shot, 0x1565c0)).as("the requests-in-flight line").isGreaterThan(50);
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
}
