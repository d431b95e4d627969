package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a fixture's {@code expect.txt} says must happen to it, and the check of a grading against it.
 *
 * <p>Each line {@code <test name part> [| <message part>]}: some test whose name holds the first part (case
 * ignored) loses points, with the message part in its output; none of those tests is "not attempted"
 * unless the message part itself starts with "Not attempted". A message part {@value #OR_INCONCLUSIVE}
 * also accepts a speed test that passed as inconclusive (a machine that shows no parallel gain). A line
 * {@code exercise | <text>} says what the exercise's problem or notes hold instead.
 *
 * @param tests the lines about tests
 * @param aboutTheExercise the texts the exercise's problem or notes must hold
 */
record Expectations(List<String> tests, List<String> aboutTheExercise) {

    static final String OR_INCONCLUSIVE = "or inconclusive";
    static final String EXERCISE_LINE = "exercise |";
    private static final String NOT_ATTEMPTED = "Not attempted";

    /** Reads a fixture's {@code expect.txt}. */
    static Expectations of(Path fixture) {
        List<String> lines = Submissions.expectations(fixture.resolve("expect.txt"));
        return new Expectations(lines.stream().filter(l -> !l.startsWith(EXERCISE_LINE)).toList(),
                lines.stream().filter(l -> l.startsWith(EXERCISE_LINE))
                        .map(l -> l.substring(EXERCISE_LINE.length()).strip()).toList());
    }

    /** The test name parts, as {@code --only} options: grading only them is enough to check. */
    List<String> onlyOptions() {
        List<String> options = new ArrayList<>();
        tests.forEach(e -> options.addAll(List.of("--only", testName(e))));
        return options;
    }

    /** The test name parts, in lower case: a test is named by one if its lower-cased name contains it. */
    List<String> testNames() {
        return tests.stream().map(l -> testName(l).toLowerCase(Locale.ROOT)).toList();
    }

    private static String testName(String line) {
        return line.split("\\s+\\|\\s+", 2)[0];
    }

    /**
     * Checks a grading's {@code results.json} against the expectations.
     *
     * @param name the fixture, for messages
     * @param results the grading's results
     * @param exercise the fixture's exercise
     */
    void check(String name, JsonNode results, String exercise) {
        assertThat(tests).as("%s/expect.txt names at least one test", name).isNotEmpty();
        JsonNode node = results.get("extra_data").get("exercises").get(exercise);
        assertThat(node).as("%s: the results of %s", name, exercise).isNotNull();
        assertThat(node.get("compiled").asBoolean()).as("%s compiles", name).isTrue();
        String problemAndNotes = node.get("problem").asText("") + "\n" + node.get("notes").toString();
        for (String text : aboutTheExercise) {
            assertThat(problemAndNotes).as("%s: the exercise's problem and notes", name).contains(text);
        }
        List<JsonNode> all = new ArrayList<>();
        results.get("tests").forEach(all::add);
        boolean inconclusiveOnly = true;
        for (String expectation : tests) {
            String[] parts = expectation.split("\\s+\\|\\s+", 2);
            String testName = parts[0];
            String message = parts.length > 1 ? parts[1] : "";
            List<JsonNode> matching = all.stream()
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
            if (!message.startsWith(NOT_ATTEMPTED)) {
                assertThat(matching).as("%s: no test named like '%s' is 'not attempted'", name, testName)
                        .allSatisfy(t -> assertThat(t.get("output").asText()).doesNotStartWith(NOT_ATTEMPTED));
            }
        }
        if (!inconclusiveOnly) {
            assertThat(node.get("score").asDouble()).as("%s loses points", name)
                    .isLessThan(node.get("max_score").asDouble());
        }
    }
}
