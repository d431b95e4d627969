package dev.threadlings.grader.plan;

import java.util.List;
import java.util.Objects;

/**
 * One graded unit of the test plan: a hidden test method with its points.
 *
 * <p>A parameterized or repeated method is one unit; its invocations share its points.
 *
 * @param id the JUnit unique id of the method's descriptor
 * @param name the display path, for example {@code "Correctness › Threaded › keeps results in input order"}
 * @param className the test class (nested classes with {@code $})
 * @param methodName the test method's name
 * @param points what a fully passing run earns
 * @param tags the test's tags: the category first, then the others sorted
 * @param category the category tag, or {@code null} when the test has none
 */
public record PlannedTest(
        String id, String name, String className, String methodName, double points, List<String> tags,
        String category) {

    /** Validates the fields and copies the tags. */
    public PlannedTest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * The top-level class that holds this test, the one to select when running it.
     *
     * @return the class name up to the first {@code $}
     */
    public String topLevelClassName() {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
