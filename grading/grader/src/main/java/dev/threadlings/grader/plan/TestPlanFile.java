package dev.threadlings.grader.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the discovery run writes: the graded tests of each hidden-test package, and what looked wrong.
 *
 * @param packages the graded tests per package, in discovery order
 * @param warnings problems with the hidden tests that do not stop grading (a test without a category…)
 */
public record TestPlanFile(Map<String, List<PlannedTest>> packages, List<String> warnings) {

    /** Copies the fields. */
    public TestPlanFile {
        packages = packages == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(packages));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * The graded tests of one package.
     *
     * @param hiddenPackage a package that was discovered
     * @return its tests, or an empty list
     */
    public List<PlannedTest> testsOf(String hiddenPackage) {
        return packages.getOrDefault(hiddenPackage, List.of());
    }
}
