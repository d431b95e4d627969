package dev.threadlings.grader.testjvm;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.plan.PlannedTest;
import dev.threadlings.grader.plan.TestPlanFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of the grader's test JVMs.
 *
 * <p>Two modes:
 * <ul>
 *   <li>{@code discover <plan.json> <package>...}: finds the graded tests of each package and writes the
 *       plan; it runs against the stubs, so the plan never depends on a learner;</li>
 *   <li>{@code run <results.jsonl> <test-timeout-seconds> <unique-id>...}: runs the planned tests and
 *       appends a {@link TestJvmEvent} for each graded test, then {@code done}, each signed with the key it
 *       reads from its standard input before any test (and so any learner class) runs.</li>
 * </ul>
 * It ends the JVM with {@link Runtime#halt(int)}, so threads or shutdown hooks left by learner code
 * cannot keep it alive.
 */
public final class TestJvmMain {

    /** Exit code of a complete run. */
    public static final int OK = 0;
    /** Exit code of bad arguments. */
    public static final int USAGE = 64;
    /** Exit code of a failure of the run itself, outside the tests. */
    public static final int FAILED = 70;

    private TestJvmMain() {
    }

    /**
     * Runs one mode and halts the JVM.
     *
     * @param args the mode and its arguments
     */
    public static void main(String[] args) {
        int code;
        try {
            code = dispatch(args);
        } catch (Throwable t) {
            t.printStackTrace();
            code = FAILED;
        }
        System.out.flush();
        System.err.flush();
        ProcessReaping.killDescendantsOfThisJvm();
        Runtime.getRuntime().halt(code);
    }

    private static int dispatch(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("discover")) {
            discover(Path.of(args[1]), List.of(args).subList(2, args.length));
            return OK;
        }
        if (args.length >= 3 && args[0].equals("run")) {
            return run(Path.of(args[1]), Long.parseLong(args[2]), List.of(args).subList(3, args.length));
        }
        System.err.println("usage: TestJvmMain discover <plan.json> <package>... | run <results.jsonl>"
                + " <test-timeout-seconds> <unique-id>...");
        return USAGE;
    }

    /** Reads the results key, then leaves learner code an empty standard input. */
    private static byte[] readKey() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        String line = in.readLine();
        System.setIn(InputStream.nullInputStream());
        return ResultsFile.parseKey(line);
    }

    private static void discover(Path planFile, List<String> packages) throws Exception {
        List<DiscoverySelector> selectors = new ArrayList<>();
        packages.forEach(p -> selectors.add(selectPackage(p)));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines(JUnitConfig.ENGINE))
                .configurationParameters(JUnitConfig.parameters(60))
                .build();
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(request);
        GradedUnits found = GradedUnits.of(plan);
        Map<String, List<PlannedTest>> byPackage = new LinkedHashMap<>();
        packages.forEach(p -> byPackage.put(p, new ArrayList<>()));
        for (PlannedTest test : found.units().values()) {
            for (String p : packages) {
                if (test.className().startsWith(p + ".")) {
                    byPackage.get(p).add(test);
                    break;
                }
            }
        }
        Files.writeString(planFile, Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(new TestPlanFile(byPackage, found.warnings())));
    }

    private static int run(Path resultsPath, long testTimeoutSeconds, List<String> uniqueIds) throws IOException {
        ResultsFile results = new ResultsFile(resultsPath, readKey());
        Stop stop = new Stop(results);
        ResultListener listener = new ResultListener(results, stop, testTimeoutSeconds);
        Exits.watch(results, listener::running);
        Watchdog.start(stop, listener::running);
        try {
            List<DiscoverySelector> selectors = new ArrayList<>();
            uniqueIds.forEach(id -> selectors.add(selectUniqueId(id)));
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .filters(EngineFilter.includeEngines(JUnitConfig.ENGINE))
                    .configurationParameters(JUnitConfig.parameters(testTimeoutSeconds))
                    .build();
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, listener);
            results.append(new TestJvmEvent.Done());
            return OK;
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            results.append(new TestJvmEvent.Error(FailureMessages.cap(trace.toString())));
            return FAILED;
        }
    }
}
