package dev.threadlings.kit.code;

import com.tngtech.archunit.ArchConfiguration;
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

    /** The loader of the learner's class while {@link #accesses} matches: the accessed classes are looked up there. */
    private static final ThreadLocal<ClassLoader> LOADER = new ThreadLocal<>();

    private final Class<?> learnerClass;
    private final JavaClasses classes;

    private LearnerCode(Class<?> learnerClass, JavaClasses classes) {
        this.learnerClass = learnerClass;
        this.classes = classes;
    }

    /**
     * The code of one learner class, read from where it was loaded: its own class files only (the class, its nested
     * and anonymous classes; lambdas are in them), not the rest of its folder or the class path. The classes the
     * code accesses are not read from the class path (ArchUnit's default): {@link #to} asks the running JVM, which
     * has loaded them already. Reading them cost about 1.2 s of CPU in every JVM that checks a rule, and 0.35 s for
     * each rule after the first (a test JVM of the grader checks several).
     */
    public static LearnerCode of(Class<?> learnerClass) {
        URL location = learnerClass.getProtectionDomain().getCodeSource().getLocation();
        String path = "/" + learnerClass.getName().replace('.', '/');
        JavaClasses classes = ArchConfiguration.withThreadLocalScope(config -> {
            config.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().withImportOption(file -> file.contains(path + ".class")
                    || file.contains(path + "$")).importUrl(location);
        });
        return new LearnerCode(learnerClass, classes);
    }

    /** Every access (call, field access, constructor call, method reference) that matches, described. */
    public List<String> accesses(Predicate<JavaAccess<?>> matching) {
        String name = learnerClass.getName();
        LOADER.set(learnerClass.getClassLoader());
        try {
            return classes.stream()
                    .filter(c -> c.getName().equals(name) || c.getName().startsWith(name + "$"))
                    .flatMap(c -> c.getAccessesFromSelf().stream())
                    .filter(matching)
                    .map(LearnerCode::describe)
                    .distinct()
                    .toList();
        } finally {
            LOADER.remove();
        }
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

    /**
     * Matches accesses to members of {@code owner} (or its subtypes) with one of the names; none means any. The
     * accessed class is looked up by name in the loader of the learner's class; one it cannot load matches only by
     * its name.
     */
    public static Predicate<JavaAccess<?>> to(Class<?> owner, String... names) {
        Set<String> wanted = Set.copyOf(Arrays.asList(names));
        return access -> (wanted.isEmpty() || wanted.contains(access.getTarget().getName()))
                && isAssignable(access, owner);
    }

    private static boolean isAssignable(JavaAccess<?> access, Class<?> owner) {
        String target = access.getTargetOwner().getName();
        if (target.equals(owner.getName())) {
            return true;
        }
        ClassLoader loader = LOADER.get() != null ? LOADER.get() : LearnerCode.class.getClassLoader();
        try {
            return owner.isAssignableFrom(Class.forName(target, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Matches accesses to any class in a package or its subpackages. */
    public static Predicate<JavaAccess<?>> toPackage(String packageName) {
        return access -> access.getTargetOwner().getPackageName().startsWith(packageName);
    }
}
