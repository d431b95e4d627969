package dev.threadlings.grader.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A planned test with its number: the exercise's number, a dot, the test's place in the full plan.
 *
 * <p>Numbers are given before any filtering, so test {@code 1.7} is the same test in every grading.
 *
 * @param number for example {@code "1.7"}
 * @param test the planned test
 */
public record GradedTest(String number, PlannedTest test) {

    /** Validates the fields. */
    public GradedTest {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(test, "test");
    }

    /**
     * Numbers the tests of an exercise's full plan, from 1.
     *
     * @param exerciseNumber the exercise's number
     * @param plan the exercise's planned tests, in plan order
     * @return the numbered tests
     */
    public static List<GradedTest> number(int exerciseNumber, List<PlannedTest> plan) {
        List<GradedTest> numbered = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            numbered.add(new GradedTest(exerciseNumber + "." + (i + 1), plan.get(i)));
        }
        return numbered;
    }

    /**
     * Keeps the tests whose name holds one of the given texts, ignoring case; all of them when there is none.
     *
     * @param tests the tests
     * @param texts parts of test names
     * @return the tests kept, in order
     */
    public static List<GradedTest> named(List<GradedTest> tests, List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return tests;
        }
        List<String> lower = texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        return tests.stream()
                .filter(t -> lower.stream().anyMatch(l -> t.test().name().toLowerCase(Locale.ROOT).contains(l)))
                .toList();
    }

    /**
     * Keeps the tests of some categories.
     *
     * @param tests the numbered tests
     * @param categories category names, for example {@code correctness}; none keeps every test
     * @return the tests whose category is one of them, in their order
     */
    public static List<GradedTest> ofCategories(List<GradedTest> tests, List<String> categories) {
        if (categories == null || categories.isEmpty()) {
            return tests;
        }
        return tests.stream().filter(t -> categories.contains(t.test().category())).toList();
    }

    /**
     * Keeps the tests of some README tasks.
     *
     * @param tests the numbered tests
     * @param tasks task numbers; none keeps every test
     * @return the tests tagged {@code task:N} for one of them, in their order
     */
    public static List<GradedTest> ofTasks(List<GradedTest> tests, List<Integer> tasks) {
        if (tasks == null || tasks.isEmpty()) {
            return tests;
        }
        return tests.stream().filter(t -> tasks.stream().anyMatch(n -> t.test().tags().contains("task:" + n)))
                .toList();
    }
}
