package dev.threadlings.grader.testjvm;

import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.kit.junit.Category;
import dev.threadlings.kit.junit.Points;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Finds the graded units of a JUnit test plan: the descriptors of test methods that carry {@link Points}.
 *
 * <p>The invocations of a parameterized or repeated method share its method source; only the outermost
 * descriptor of a method is a unit. Methods that are {@link Disabled} (or whose class is) are not graded.
 */
public final class GradedUnits {

    /** Separates the parts of a test's display path. */
    public static final String PATH_SEPARATOR = " › ";

    private final Map<String, PlannedTest> units = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private GradedUnits() {
    }

    /**
     * Walks a test plan, depth first in discovery order.
     *
     * @param plan the plan as discovered (invocations registered later are not units)
     * @return the graded units found
     */
    public static GradedUnits of(TestPlan plan) {
        GradedUnits found = new GradedUnits();
        Deque<TestIdentifier> stack = new ArrayDeque<>();
        for (TestIdentifier root : plan.getRoots()) {
            found.walk(plan, root, stack);
        }
        return found;
    }

    private void walk(TestPlan plan, TestIdentifier node, Deque<TestIdentifier> path) {
        path.addLast(node);
        Optional<TestMethod> method = methodOf(node);
        if (method.isPresent() && method.get().method().isAnnotationPresent(Points.class)) {
            if (!method.get().disabled()) {
                units.put(node.getUniqueId(), plannedTest(node, method.get(), path));
            }
        } else {
            if (method.isPresent() && !method.get().disabled()) {
                warnings.add(method.get().where() + " has no @Points: it runs but earns nothing");
            }
            for (TestIdentifier child : plan.getChildren(node)) {
                walk(plan, child, path);
            }
        }
        path.removeLast();
    }

    private PlannedTest plannedTest(TestIdentifier node, TestMethod testMethod, Deque<TestIdentifier> path) {
        Method method = testMethod.method();
        String where = testMethod.where();
        List<String> tags = node.getTags().stream().map(TestTag::getName).sorted().collect(Collectors.toList());
        List<String> categories = tags.stream()
                .filter(t -> Category.among(List.of(t)).isPresent()).collect(Collectors.toList());
        String category = categories.isEmpty() ? null : categories.get(0);
        if (categories.size() != 1) {
            warnings.add(where + " has " + (categories.isEmpty() ? "no category tag" : "several category tags "
                    + categories) + "; expected exactly one of " + Arrays.toString(Category.values()));
        }
        List<String> ordered = new ArrayList<>();
        if (category != null) {
            ordered.add(category);
        }
        tags.stream().filter(t -> !t.equals(category)).forEach(ordered::add);
        double points = method.getAnnotation(Points.class).value();
        if (!(points > 0)) {
            warnings.add(where + " has @Points(" + points + "); points must be positive");
        }
        return new PlannedTest(node.getUniqueId(), displayPath(path, method), testMethod.testClass().getName(),
                method.getName(), points, ordered, category);
    }

    private static String displayPath(Deque<TestIdentifier> path, Method method) {
        List<String> names = new ArrayList<>();
        for (TestIdentifier node : path) {
            if (node.getParentId().isPresent()) {
                names.add(node.getDisplayName());
            }
        }
        if (!names.isEmpty()) {
            names.set(names.size() - 1, withoutParameterTypes(names.get(names.size() - 1), method));
        }
        return String.join(PATH_SEPARATOR, names);
    }

    /**
     * Drops the parameter types that JUnit's display name generators append to a method's name.
     *
     * @param displayName a method's display name, for example {@code "keeps order (SiteDownloader)"}
     * @param method the method
     * @return the name without a trailing list of the method's parameter types
     */
    static String withoutParameterTypes(String displayName, Method method) {
        if (method.getParameterCount() == 0) {
            return displayName;
        }
        String suffix = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
        if (displayName.endsWith(" " + suffix)) {
            return displayName.substring(0, displayName.length() - suffix.length() - 1);
        }
        if (displayName.endsWith(suffix) && displayName.length() > suffix.length()) {
            return displayName.substring(0, displayName.length() - suffix.length());
        }
        return displayName;
    }

    /**
     * The method behind a descriptor and the class it runs in, which for an inherited method is a subclass
     * of the one that declares it.
     *
     * @param testClass the class the test runs in
     * @param method the method
     */
    record TestMethod(Class<?> testClass, Method method) {

        /** Names the method for warnings: {@code Class#method}. */
        String where() {
            return testClass.getName() + "#" + method.getName();
        }

        /** Tells whether the method, its class or an enclosing class is {@link Disabled}. */
        boolean disabled() {
            if (method.isAnnotationPresent(Disabled.class)) {
                return true;
            }
            for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
                if (c.isAnnotationPresent(Disabled.class)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The Java method behind a descriptor, if its source is a method.
     *
     * @param node a test or container
     * @return the method and its test class, if they can be loaded
     */
    static Optional<TestMethod> methodOf(TestIdentifier node) {
        Optional<TestSource> source = node.getSource();
        if (source.isEmpty() || !(source.get() instanceof MethodSource methodSource)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TestMethod(methodSource.getJavaClass(), methodSource.getJavaMethod()));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * The graded units by unique id, in discovery order.
     *
     * @return the units
     */
    public Map<String, PlannedTest> units() {
        return units;
    }

    /**
     * What looked wrong: a graded test without exactly one category, points that are not positive.
     *
     * @return the warnings
     */
    public List<String> warnings() {
        return warnings;
    }
}
