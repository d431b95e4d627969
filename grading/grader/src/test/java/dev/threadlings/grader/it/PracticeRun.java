package dev.threadlings.grader.it;

import dev.threadlings.kit.learner.HangReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The learner's visible tests run on fixtures, in a JVM of its own (started by {@link PracticeChecks}): which
 * visible tests of which category each fixture fails.
 *
 * <p>The exercise's visible tests come compiled (once per exercise), and each fixture's classes too (the
 * reference solution's with the fixture's compiled over them, by {@link PracticeChecks}, whose compiler is warm); they
 * are laid over the tests in a class loader of their own, and the visible tests of its
 * tasks and of the categories asked for run on it, as in a learner's {@code ./mvnw test -Dtask=N}, with the
 * learner build's time limit per test (lower here, so that a hanging fixture costs less). The JVM's working
 * folder holds the exercise's manifest, as an exercise module's does, so the kit's learner extensions act.
 *
 * <p>Arguments: the spec file and the output file. The spec's first line is {@code <solution classes> <test
 * classes> <the exercise's stubs jar, for its contract> <seconds per test>}; each next line one fixture:
 * {@code <name> <its compiled classes> <tasks, or -> <categories>} (lists comma-separated). The output has a line {@code <name> <category> <test> <message>}
 * (tab-separated) per failed test, and {@code <name> ran <count>} per fixture.
 */
public final class PracticeRun {

    /** Marks a category whose checks passed as inconclusive. */
    static final String INCONCLUSIVE = "~inconclusive";

    private PracticeRun() {
    }

    public static void main(String[] args) throws Exception {
        List<String> spec = Files.readAllLines(Path.of(args[0]));
        String[] head = spec.get(0).split(" ");
        Path solutionClasses = Path.of(head[0]);
        Path testClasses = Path.of(head[1]);
        Path stubs = Path.of(head[2]);
        String timeLimit = head[3] + " s";
        String sep = java.io.File.pathSeparator;
        String classPath = solutionClasses + sep + stubs + sep + System.getProperty("java.class.path");
        String jvmClassPath = System.getProperty("java.class.path");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (String line : spec.subList(1, spec.size())) {
                String[] f = line.split(" ");
                String name = f[0];
                // One folder of learner classes, as a learner's build has: the solution's, with the fixture's over them
                Path fixtureClasses = Path.of(f[1]);
                long start = System.nanoTime();
                // Worker JVMs the strategies start (JavaCommand) get the class path as the learner's build has it
                System.setProperty("java.class.path", fixtureClasses + sep + classPath);
                List<String> failures = run(new URL[] {fixtureClasses.toUri().toURL(), stubs.toUri().toURL(),
                        testClasses.toUri().toURL()}, testClasses, f[2], Set.of(f[3].split(",")), timeLimit);
                int ran = Integer.parseInt(failures.remove(0));
                out.println(name + "\tran\t" + ran + "\t" + (System.nanoTime() - start) / 1_000_000 + " ms");
                failures.forEach(failure -> out.println(name + "\t" + failure));
                out.flush();
            }
        }
        System.setProperty("java.class.path", jvmClassPath);
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly); // a hung fixture's workers
        System.exit(0); // a fixture's hung thread must not keep this JVM alive
    }

    private static List<String> run(URL[] path, Path testClasses, String tasks, Set<String> categories,
            String timeLimit) throws IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        List<String> found = new ArrayList<>();
        int[] ran = {0};
        try (URLClassLoader loader = new URLClassLoader(path, PracticeRun.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            if (tasks.equals("-")) {
                System.clearProperty("task");
            } else {
                System.setProperty("task", tasks);
            }
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(testClasses)))
                    .filters(TagFilter.includeTags(List.copyOf(categories)))
                    .configurationParameters(Map.of("junit.jupiter.extensions.autodetection.enabled", "true",
                            "junit.jupiter.execution.timeout.default", timeLimit,
                            "junit.jupiter.execution.timeout.mode", "enabled",
                            "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD"))
                    .build();
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, new TestExecutionListener() {
                private TestPlan plan;

                @Override
                public void testPlanExecutionStarted(TestPlan testPlan) {
                    plan = testPlan;
                }

                @Override
                public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                    // a speed check on a machine that shows no parallel gain passes, saying "inconclusive"
                    String verdict = entry.getKeyValuePairs().getOrDefault(dev.threadlings.kit.measure.SpeedVerdict.KEY, "");
                    if (verdict.startsWith("inconclusive")) {
                        found.add(category(test, categories) + INCONCLUSIVE + "\t" + name(plan, test) + "\t"
                                + verdict.lines().findFirst().orElse(""));
                    }
                }

                @Override
                public void executionSkipped(TestIdentifier test, String reason) {
                    // the learner reads the hang in the task's first check, and this one skipped because of it
                    if (test.isTest() && reason.startsWith(HangReport.SKIPPED_AFTER_HANG)) {
                        found.add(category(test, categories) + "\t" + name(plan, test) + "\t" + reason);
                    }
                }

                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (!test.isTest()) {
                        return;
                    }
                    ran[0]++;
                    if (result.getStatus() != TestExecutionResult.Status.FAILED) {
                        return;
                    }
                    String message = result.getThrowable().map(PracticeRun::firstLine).orElse("");
                    found.add(category(test, categories) + "\t" + name(plan, test) + "\t" + message);
                }
            });
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            System.clearProperty("task");
        }
        found.add(0, Integer.toString(ran[0]));
        return found;
    }

    private static String category(TestIdentifier test, Set<String> categories) {
        return test.getTags().stream().map(t -> t.getName()).filter(categories::contains).findFirst().orElse("?");
    }

    private static String name(TestPlan plan, TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (Optional<TestIdentifier> at = Optional.of(test); at.isPresent() && at.get().getParentId().isPresent();
                at = plan.getParent(at.get())) {
            names.add(0, at.get().getDisplayName());
        }
        return String.join(" › ", names.subList(Math.max(0, names.size() - 3), names.size()));
    }

    private static String firstLine(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (failure.getMessage() == null) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            message = trace.toString();
        }
        return message.strip().lines().findFirst().orElse("").replace('\t', ' ');
    }

    static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    static Path compile(List<Path> sources, String classPath, Path out) throws IOException {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(errors, files, null, List.of("-d", out.toString(), "-cp", classPath,
                    "-encoding", "UTF-8", "-proc:none", "-nowarn"), null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            if (!ok) {
                throw new IllegalStateException("compiling " + sources.stream().map(Path::toString)
                        .collect(Collectors.joining(", ")) + " failed:\n" + errors);
            }
        }
        return out;
    }
}
