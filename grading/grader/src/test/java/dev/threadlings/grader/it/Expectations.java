package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a fixture's {@code expect.txt} says must happen to it, and the checks of a grading against it.
 *
 * <p>Each line {@code <test name part> [| <message part>]} names the tests whose name holds the first part
 * (case ignored): they lose points, with the message part in their output, and none of them is "not
 * attempted" unless the message part itself starts with "Not attempted". A message part
 * {@value #OR_INCONCLUSIVE} also accepts a speed test that passed as inconclusive (a machine that shows no
 * parallel gain). Lines about speed tests start with {@value #SPEED}: they are checked in a run of their own,
 * one fixture at a time, since speed tests must not share the cores. A line {@code exercise | <text>} says
 * what the exercise's problem or notes hold instead; {@code tasks | 2} which tasks the fixture is graded on;
 * {@code may | <test name part>} names tests the fixture may lose or not, depending on the machine (a GIL
 * whose waiters spin steals the holder's core: its hand-over is late only when the cores are busy).
 *
 * @param tasks the tasks the fixture is graded on ({@value #ALL_TASKS} for every task)
 * @param lines the lines about tests
 * @param aboutTheExercise the texts the exercise's problem or notes must hold
 * @param may the test name parts of tests that may lose points or not
 */
record Expectations(List<String> tasks, List<Line> lines, List<String> aboutTheExercise, List<String> may) {

    static final String OR_INCONCLUSIVE = "or inconclusive";
    static final String EXERCISE_LINE = "exercise |";
    static final String TASKS_LINE = "tasks |";
    static final String MAY_LINE = "may |";
    static final String ALL_TASKS = "all";
    static final String SPEED = "SpeedTest ›";
    private static final String NOT_ATTEMPTED = "Not attempted";

    /**
     * One line about tests.
     *
     * @param test the part of the names of the tests it is about
     * @param message the part of their output, or empty
     */
    record Line(String test, String message) {

        static Line parse(String text) {
            String[] parts = text.split("\\s+\\|\\s+", 2);
            return new Line(parts[0], parts.length > 1 ? parts[1] : "");
        }

        boolean names(JsonNode test) {
            return test.get("name").asText().toLowerCase(Locale.ROOT).contains(this.test.toLowerCase(Locale.ROOT));
        }

        boolean speed() {
            return test.startsWith(SPEED);
        }

        boolean orInconclusive() {
            return message.equals(OR_INCONCLUSIVE);
        }

        /** The part of the output a losing test must hold. */
        String lost() {
            return orInconclusive() ? "" : message;
        }
    }

    /** Reads a fixture's {@code expect.txt}. */
    static Expectations of(Path fixture) {
        List<String> lines = Submissions.expectations(fixture.resolve("expect.txt"));
        return new Expectations(valuesOf(lines, TASKS_LINE).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split("\\s*,\\s*"))).toList(),
                lines.stream().filter(l -> !l.startsWith(EXERCISE_LINE) && !l.startsWith(TASKS_LINE)
                        && !l.startsWith(MAY_LINE)).map(Line::parse).toList(),
                valuesOf(lines, EXERCISE_LINE), valuesOf(lines, MAY_LINE));
    }

    private static List<String> valuesOf(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(key.length()).strip()).toList();
    }

    /** The lines about speed tests only (none about the exercise). */
    Expectations speed() {
        return new Expectations(tasks, lines.stream().filter(Line::speed).toList(), List.of(), List.of());
    }

    /**
     * The grader options that grade the tasks this fixture is about: none for every task.
     *
     * @param name the fixture, for messages
     * @return {@code --task N} for each task
     */
    List<String> taskOptions(String name) {
        assertThat(tasks).as("%s/expect.txt says which tasks it is graded on ('tasks | 2' or 'tasks | all')", name)
                .isNotEmpty();
        List<String> options = new ArrayList<>();
        if (!tasks.contains(ALL_TASKS)) {
            tasks.forEach(t -> options.addAll(List.of("--task", t)));
        }
        return options;
    }

    /** The test name parts, as {@code --only} options: grading only them is enough to check. */
    List<String> onlyOptions() {
        List<String> options = new ArrayList<>();
        lines.forEach(l -> options.addAll(List.of("--only", l.test())));
        return options;
    }

    /**
     * Checks a grading of only the named tests: some test named by each line loses points as it says, and
     * the exercise loses points (unless every named test was inconclusive).
     *
     * @param name the fixture, for messages
     * @param results the grading's results
     * @param exercise the fixture's exercise
     */
    void check(String name, JsonNode results, String exercise) {
        assertThat(lines).as("%s/expect.txt names at least one test", name).isNotEmpty();
        JsonNode node = checkExercise(name, results, exercise);
        List<JsonNode> all = tests(results);
        boolean inconclusiveOnly = true;
        for (Line line : lines) {
            List<JsonNode> matching = all.stream().filter(line::names).toList();
            assertThat(matching).as("%s: tests named like '%s'", name, line.test()).isNotEmpty();
            if (line.orInconclusive() && matching.stream().allMatch(Expectations::inconclusive)) {
                System.out.printf("fixture %s: '%s' was inconclusive on this machine%n", name, line.test());
                continue;
            }
            inconclusiveOnly = false;
            assertThat(matching).as("%s: some test named like '%s' loses points%s", name, line.test(),
                    line.message().isEmpty() ? "" : " saying '" + line.message() + "'")
                    .anySatisfy(t -> assertLost(t, line));
            assertNotAttemptedOnlyIfSaid(name, line, matching);
        }
        if (!inconclusiveOnly) {
            assertThat(node.get("score").asDouble()).as("%s loses points", name)
                    .isLessThan(node.get("max_score").asDouble());
        }
    }

    /**
     * Checks a grading of every test of the exercise but its speed tests: exactly the tests named by the lines
     * that are not about speed lose points, each as its line says, and every other test earns all its points.
     *
     * @param name the fixture, for messages
     * @param results the grading's results
     * @param exercise the fixture's exercise
     * @return what is wrong, one line each; empty when the grading is as expected
     */
    List<String> checkExactly(String name, JsonNode results, String exercise) {
        List<String> wrong = new ArrayList<>();
        try {
            checkExercise(name, results, exercise);
        } catch (AssertionError e) {
            wrong.add(e.getMessage());
            return wrong;
        }
        List<Line> graded = lines.stream().filter(l -> !l.speed()).toList();
        List<JsonNode> tests = tests(results).stream()
                .filter(t -> t.get("name").asText().startsWith(exercise + " ›")).toList();
        for (Line line : graded) {
            if (tests.stream().noneMatch(line::names)) {
                wrong.add(name + ": no test is named like '" + line.test() + "' (a speed test's line starts with '"
                        + SPEED + "')");
            }
        }
        for (JsonNode test : tests) {
            List<Line> naming = graded.stream().filter(l -> l.names(test)).toList();
            boolean lost = test.get("score").asDouble() < test.get("max_score").asDouble();
            String testName = test.get("name").asText();
            boolean mayLose = may.stream().anyMatch(m -> testName.toLowerCase(Locale.ROOT)
                    .contains(m.toLowerCase(Locale.ROOT)));
            if (naming.isEmpty() && mayLose) {
                continue; // it depends on the machine whether this wrong solution also fails here
            }
            if (naming.isEmpty() && lost) {
                wrong.add(name + ": '" + testName + "' lost points, which expect.txt does not say: "
                        + test.get("output").asText().lines().findFirst().orElse(""));
            } else if (!naming.isEmpty() && !lost) {
                wrong.add(name + ": '" + testName + "' earned all its points; expect.txt says it loses them");
            } else if (!naming.isEmpty()) {
                for (Line line : naming) {
                    try {
                        assertLost(test, line);
                        assertNotAttemptedOnlyIfSaid(name, line, List.of(test));
                    } catch (AssertionError e) {
                        wrong.add(name + ": '" + testName + "': " + e.getMessage().strip().lines().findFirst()
                                .orElse("") + " (output: " + test.get("output").asText().lines().findFirst()
                                .orElse("") + ")");
                    }
                }
            }
        }
        return wrong;
    }

    private JsonNode checkExercise(String name, JsonNode results, String exercise) {
        JsonNode node = results.get("extra_data").get("exercises").get(exercise);
        assertThat(node).as("%s: the results of %s", name, exercise).isNotNull();
        assertThat(node.get("compiled").asBoolean()).as("%s compiles", name).isTrue();
        String problemAndNotes = node.get("problem").asText("") + "\n" + node.get("notes").toString();
        for (String text : aboutTheExercise) {
            assertThat(problemAndNotes).as("%s: the exercise's problem and notes", name).contains(text);
        }
        return node;
    }

    private static List<JsonNode> tests(JsonNode results) {
        List<JsonNode> all = new ArrayList<>();
        results.get("tests").forEach(all::add);
        return all;
    }

    private static boolean inconclusive(JsonNode test) {
        return test.get("output").asText().startsWith("inconclusive:");
    }

    private static void assertLost(JsonNode test, Line line) {
        assertThat(test.get("score").asDouble()).as("its score").isLessThan(test.get("max_score").asDouble());
        assertThat(test.get("output").asText()).as("its output").contains(line.lost());
    }

    private static void assertNotAttemptedOnlyIfSaid(String name, Line line, List<JsonNode> tests) {
        if (!line.message().startsWith(NOT_ATTEMPTED)) {
            assertThat(tests).as("%s: no test named like '%s' is 'not attempted'", name, line.test())
                    .allSatisfy(t -> assertThat(t.get("output").asText()).doesNotStartWith(NOT_ATTEMPTED));
        }
    }
}
