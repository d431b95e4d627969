package dev.threadlings.kit.code;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.threadlings.kit.junit.Todo;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The byte code of a learner's class, nested and anonymous classes and lambdas included, read with
 * ArchUnit, so rules can name what the code calls, method references included.
 */
public final class LearnerCode {

    private final Class<?> learnerClass;
    private final JavaClasses classes;

    private LearnerCode(Class<?> learnerClass, JavaClasses classes) {
        this.learnerClass = learnerClass;
        this.classes = classes;
    }

    /**
     * The code of one learner class, read from where it was loaded (the learner's classes only, not the
     * whole class path: that is both faster and exact).
     */
    public static LearnerCode of(Class<?> learnerClass) {
        URL location = learnerClass.getProtectionDomain().getCodeSource().getLocation();
        return new LearnerCode(learnerClass, new ClassFileImporter().importUrl(location));
    }

    /** Every access (call, field access, constructor call, method reference) that matches, described. */
    public List<String> accesses(Predicate<JavaAccess<?>> matching) {
        String name = learnerClass.getName();
        return classes.stream()
                .filter(c -> c.getName().equals(name) || c.getName().startsWith(name + "$"))
                .flatMap(c -> c.getAccessesFromSelf().stream())
                .filter(matching)
                .map(LearnerCode::describe)
                .distinct()
                .toList();
    }

    private static String describe(JavaAccess<?> access) {
        JavaClass owner = access.getTargetOwner();
        return access.getOrigin().getOwner().getSimpleName() + "." + access.getOrigin().getName() + " uses "
                + owner.getSimpleName() + "." + access.getTarget().getName() + " (line "
                + access.getLineNumber() + ")";
    }

    /**
     * Runs one call of a learner's strategy to tell a stub from an attempt: a stub's TODO is thrown on (the test
     * is "not attempted"), any other failure is ignored, since a rule about the code's shape does not judge what
     * the code computes (other tests do, with their own messages).
     *
     * @param call a small call of the strategy, its closing included
     */
    public static void requireAttempted(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException | Error e) {
            if (Todo.isTodo(e)) {
                throw e;
            }
        }
    }

    /** Matches accesses to members of {@code owner} (or its subtypes) with one of the names; none means any. */
    public static Predicate<JavaAccess<?>> to(Class<?> owner, String... names) {
        Set<String> wanted = Set.copyOf(Arrays.asList(names));
        return access -> access.getTargetOwner().isAssignableTo(owner)
                && (wanted.isEmpty() || wanted.contains(access.getTarget().getName()));
    }

    /** Matches accesses to any class in a package or its subpackages. */
    public static Predicate<JavaAccess<?>> toPackage(String packageName) {
        return access -> access.getTargetOwner().getPackageName().startsWith(packageName);
    }
}
