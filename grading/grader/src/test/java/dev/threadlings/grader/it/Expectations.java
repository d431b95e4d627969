package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a fixture's {@code expect.txt} says must happen to it, and the checks of a grading against it.
 *
 * <p>Each line {@code <test name part> [| <message part>]} names the tests whose name holds the first part
 * (case ignored): they lose points, with the message part in their output, and none of them is "not
 * attempted" unless the message part itself starts with "Not attempted". A message part
 * {@value #OR_INCONCLUSIVE} also accepts a speed test that passed as inconclusive (a machine that shows no
 * parallel gain). Lines about speed tests start with {@value #SPEED}: they are checked in a run of their own, on
 * the speed tests only. A line {@code exercise | <text>} says
 * what the exercise's problem or notes hold instead; {@code tasks | 2} which tasks the fixture is graded on;
 * {@code may | <test name part>} names tests the fixture may lose or not, depending on the machine (a GIL
 * whose waiters spin steals the holder's core: its hand-over is late only when the cores are busy). A line
 * {@code local | <category> | <why>} says that no visible test of that category fails on the fixture although
 * it loses that category's points in the grader ({@link #checkLocal}): why starts with {@value #UNSEEN} when only
 * data the learner never sees can show the mistake, or {@value #NOT_YET} when the visible checks still lack it.
 *
 * @param tasks the tasks the fixture is graded on ({@value #ALL_TASKS} for every task)
 * @param lines the lines about tests
 * @param aboutTheExercise the texts the exercise's problem or notes must hold
 * @param may the test name parts of tests that may lose points or not
 * @param notLocal the categories no visible test catches, with why
 * @param quiet why its speed must be graded alone, with no other grading beside it ({@code quiet | <why>}: a
 *     calibrated bound that a busy machine loosens enough to hide the loss), or empty
 */
record Expectations(List<String> tasks, List<Line> lines, List<String> aboutTheExercise, List<String> may,
        Map<String, String> notLocal, String quiet) {

    static final String OR_INCONCLUSIVE = "or inconclusive";
    static final String EXERCISE_LINE = "exercise |";
    static final String TASKS_LINE = "tasks |";
    static final String MAY_LINE = "may |";
    static final String LOCAL_LINE = "local |";
    static final String QUIET_LINE = "quiet |";
    static final String UNSEEN = "unseen:";
    static final String NOT_YET = "not yet:";
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
                        && !l.startsWith(MAY_LINE) && !l.startsWith(LOCAL_LINE) && !l.startsWith(QUIET_LINE))
                        .map(Line::parse).toList(),
                valuesOf(lines, EXERCISE_LINE), valuesOf(lines, MAY_LINE), valuesOf(lines, LOCAL_LINE).stream()
                        .map(v -> v.split("\\s+\\|\\s+", 2))
                        .collect(Collectors.toMap(v -> v[0], v -> v.length > 1 ? v[1] : "", (a, b) -> a,
                                TreeMap::new)), String.join("; ", valuesOf(lines, QUIET_LINE)));
    }

    private static List<String> valuesOf(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(key.length()).strip()).toList();
    }

    /** The lines about speed tests only (none about the exercise). */
    Expectations speed() {
        return new Expectations(tasks, lines.stream().filter(Line::speed).toList(), List.of(), List.of(), notLocal,
                quiet);
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

    /**
     * The categories and tasks of the tests a grading took points from, as far as this file says they lose them
     * (a test that only "may" lose them does not count).
     *
     * @param results the grading's results
     * @param exercise the fixture's exercise
     * @return the categories (tags of the graded categories) and the tasks ({@code task:N} tags, as numbers)
     */
    Lost lost(JsonNode results, String exercise) {
        Set<String> categories = new TreeSet<>();
        Set<String> taskNumbers = new TreeSet<>();
        for (JsonNode test : tests(results)) {
            String testName = test.get("name").asText();
            boolean named = lines.stream().anyMatch(l -> l.names(test));
            if (!testName.startsWith(exercise + " ›") || !named
                    || test.get("score").asDouble() >= test.get("max_score").asDouble()) {
                continue;
            }
            test.get("tags").forEach(tag -> {
                String text = tag.asText();
                if (text.startsWith("task:")) {
                    taskNumbers.add(text.substring("task:".length()));
                } else {
                    categories.add(text);
                }
            });
        }
        return new Lost(categories, List.copyOf(taskNumbers));
    }

    /**
     * What a grading took points from.
     *
     * @param categories the categories
     * @param tasks the tasks
     */
    record Lost(Set<String> categories, List<String> tasks) {
    }

    /**
     * Checks that for each category the fixture loses points in, some visible test of that category fails on it
     * (the learner's own build shows the mistake), unless a {@code local} line says why not; and that no such
     * line is stale.
     *
     * @param name the fixture, for messages
     * @param lost the categories it loses points in
     * @param failed the visible tests that failed on it, by category
     * @param graded whether a category was graded here (the speed tests are graded apart from the others)
     * @return what is wrong, one line each
     */
    List<String> checkLocal(String name, Set<String> lost, Map<String, List<String>> failed,
            java.util.function.Predicate<String> graded) {
        List<String> wrong = new ArrayList<>();
        for (String category : lost) {
            // a speed line that allows an inconclusive grading allows an inconclusive local check as well
            boolean caught = failed.containsKey(category) || failed.containsKey(category + PracticeRun.INCONCLUSIVE)
                    && lines.stream().anyMatch(l -> l.speed() && l.orInconclusive());
            if (!caught && !notLocal.containsKey(category)) {
                wrong.add(name + ": loses " + category + " points in the grader, but no visible " + category
                        + " check fails on it, so the learner's build shows nothing (add one, or say why not in"
                        + " expect.txt: 'local | " + category + " | " + UNSEEN + " ...')");
            } else if (caught && notLocal.containsKey(category)) {
                wrong.add(name + ": expect.txt says no visible " + category + " check catches it, but "
                        + failed.get(category).getFirst() + " does: drop its 'local | " + category + "' line");
            }
        }
        notLocal.forEach((category, why) -> {
            if (!graded.test(category)) {
                return;
            }
            if (!lost.contains(category)) {
                wrong.add(name + ": expect.txt has 'local | " + category + "', but it loses no " + category
                        + " points in the grader");
            } else if (!why.startsWith(UNSEEN) && !why.startsWith(NOT_YET)) {
                wrong.add(name + ": its 'local | " + category + "' line says why with '" + UNSEEN + "' or '"
                        + NOT_YET + "'");
            }
        });
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
