package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.Repo;
import dev.threadlings.grader.it.GraderProcess.Grading;
import dev.threadlings.grader.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Each fixture of {@code grading/fixtures/<exercise>/<name>/} (learner classes laid over the solution, and an
 * {@code expect.txt}: see {@link Expectations}) loses exactly the points it says it loses.
 *
 * <p>The fixtures are graded as classes, as an instructor grades one: every test but the speed tests, of the
 * tasks each fixture names ({@code tasks | 2}; the hanging fixtures name every task, since what they prove is that
 * every other strategy keeps all its points), with a 20 s limit per test. Fixtures of the same exercise and tasks
 * share a class; three jobs run at once. Their submissions come as folders, zips and bare git repositories. The
 * fixtures that say something about speed are graded on their speed tests only, one at a time per exercise, in a
 * job beside the classes: each such loss is one a busy machine cannot hide (calls that never overlap, work drowned
 * in overhead, the wrong threads, a latency bound of waiting work), or its line accepts "inconclusive"; a fixture
 * whose loss a busy machine can hide says so ({@code quiet | <why>}) and is graded alone after them. The reference
 * solutions must earn every point of every test but the speed tests: a hanging fixture's class of every task proves
 * it for the tasks the fixture does not hang in (its other strategies are the reference's), and the reference is
 * graded beside them on the rest (its speed, which a busy machine could hide, is graded alone by
 * {@link GradeSolutionsIT}).
 *
 * <p>Then the learner's visible tests run on each fixture ({@link PracticeChecks}), of the tasks and categories it
 * lost points in: for each such category a visible test must fail too (or {@code expect.txt} says why not), so
 * that a learner's own {@code ./mvnw test} shows what the grader will find.
 *
 * <p>What a class run does besides grading is checked by {@link ClassRunIT}. The hostile fixtures
 * ({@code grading/fixtures/hostile/}) are graded by {@link HostileCorpusIT}.
 */
// Timed against references, or CPU-bound on every core: never beside another IT class
@Isolated
class FixturesIT {

    static final Path FIXTURES = Repo.ROOT.resolve("grading/fixtures");

    private static final List<String> EXERCISES = Submissions.exerciseIds();
    private static final List<String> WITHOUT_SPEED = Stream.concat(GraderProcess.WITHOUT_SPEED.stream(),
            Stream.of("--test-timeout", "20")).toList();
    /**
     * Jobs run at once. Grading without the speed tests mostly waits (page latencies, hangs waited out, crawls cut
     * at their deadlines), its test JVMs start quickly (C1 only), and its concurrency checks are built to hold with
     * the other core busy, so three jobs share the two cores of CI (four buy nothing: the pool is CPU-bound, and
     * the extra load made timing checks of fixtures flake).
     */
    private static final int AT_ONCE = 3;
    /** The speed tests' category tag. */
    private static final String SPEED = "speedup";

    /** Each fixture's local verdict, for the tally: caught in every category it loses, or the categories not. */
    private static final Map<String, String> LOCALLY = new java.util.concurrent.ConcurrentSkipListMap<>();

    record Fixture(String exercise, String name, Path folder) {

        String learner() {
            return exercise.substring(0, 2) + "-" + name;
        }

        Expectations expectations() {
            return Expectations.of(folder);
        }
    }

    static List<Fixture> fixtures() throws IOException {
        List<Fixture> found = new ArrayList<>();
        for (String exercise : EXERCISES) {
            try (Stream<Path> dirs = Files.list(FIXTURES.resolve(exercise))) {
                dirs.filter(d -> Files.isRegularFile(d.resolve("expect.txt"))).sorted()
                        .forEach(d -> found.add(new Fixture(exercise, d.getFileName().toString(), d)));
            }
        }
        return found;
    }

    /** The fixtures of one exercise graded on the same tasks: one class, one grader run. */
    private record Group(String exercise, List<String> taskOptions, List<Fixture> fixtures) {
    }

    @Test
    void every_fixture_loses_exactly_the_points_it_expects_to_on_its_tasks(@TempDir Path dir) throws Exception {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Fixture> all = fixtures();
        assertThat(all).as("fixtures").hasSizeGreaterThanOrEqualTo(48);
        for (Fixture fixture : all) {
            List<String> tasks = fixture.expectations().taskOptions(fixture.learner());
            groups.computeIfAbsent(fixture.exercise() + " " + tasks, k -> new Group(fixture.exercise(), tasks,
                    new ArrayList<>())).fixtures().add(fixture);
        }
        Map<String, List<Fixture>> speed = new LinkedHashMap<>();
        Map<String, List<Fixture>> quiet = new LinkedHashMap<>();
        for (Fixture fixture : all) {
            if (!fixture.expectations().speed().lines().isEmpty()) {
                (fixture.expectations().quiet().isEmpty() ? speed : quiet)
                        .computeIfAbsent(fixture.exercise(), k -> new ArrayList<>()).add(fixture);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<String> wrong = new ArrayList<>();
        long start = System.nanoTime();
        try {
            List<Future<List<String>>> graded = new ArrayList<>();
            int n = 0;
            // The longest first, so that no lane is left with a long job at the end: the classes of every task (a
            // hang waited out), the speed fixtures of each exercise, then the biggest classes.
            List<Group> longestFirst = groups.values().stream().sorted(java.util.Comparator
                    .comparing((Group g) -> !g.taskOptions().isEmpty()).thenComparing(g -> -g.fixtures().size()))
                    .toList();
            for (Group group : longestFirst.stream().filter(g -> g.taskOptions().isEmpty()).toList()) {
                Path groupDir = dir.resolve("group-" + n++);
                graded.add(pool.submit(() -> gradeGroup(group, groupDir)));
            }
            Map<String, List<String>> referenceTasks = referenceTasks(longestFirst);
            graded.add(pool.submit(() -> gradeReference(dir.resolve("reference"), referenceTasks)));
            for (Map.Entry<String, List<Fixture>> exercise : speed.entrySet()) {
                Path speedDir = dir.resolve("speed-" + exercise.getKey());
                graded.add(pool.submit(() -> gradeSpeed(exercise.getKey(), exercise.getValue(), speedDir)));
            }
            for (Group group : longestFirst.stream().filter(g -> !g.taskOptions().isEmpty()).toList()) {
                Path groupDir = dir.resolve("group-" + n++);
                graded.add(pool.submit(() -> gradeGroup(group, groupDir)));
            }
            for (Future<List<String>> future : graded) {
                wrong.addAll(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("graded %d fixtures in %d classes and %d exercises' speed fixtures in %.1f s%n", all.size(),
                groups.size(), speed.size(), (System.nanoTime() - start) / 1e9);
        // The speed fixtures whose loss a busy machine can hide, alone
        for (Map.Entry<String, List<Fixture>> exercise : quiet.entrySet()) {
            wrong.addAll(gradeSpeed(exercise.getKey(), exercise.getValue(), dir.resolve("quiet-" + exercise.getKey())));
        }
        assertThat(wrong).as("fixtures not graded as their expect.txt says").isEmpty();
        assertLocalTally();
    }

    /**
     * The tasks of each exercise the reference must still be graded on (empty: all): a class of every task (a
     * hanging fixture's) already proves that the reference's code earns every point of the tasks its fixtures do
     * not hang in, since every other strategy of such a fixture is the reference's and must keep all its points.
     */
    private static Map<String, List<String>> referenceTasks(List<Group> groups) {
        Map<String, List<String>> tasks = new LinkedHashMap<>();
        EXERCISES.forEach(exercise -> tasks.put(exercise, List.of()));
        for (Group group : groups.stream().filter(g -> g.taskOptions().isEmpty()).toList()) {
            List<String> hung = new ArrayList<>();
            for (Fixture fixture : group.fixtures()) {
                for (String text : fixture.expectations().aboutTheExercise()) {
                    java.util.regex.Matcher task = HUNG_TASK.matcher(text);
                    if (task.find()) {
                        hung.add(task.group(1));
                    }
                }
            }
            if (!hung.isEmpty() && hung.size() == group.fixtures().size()) {
                tasks.put(group.exercise(), hung.stream().distinct().sorted().toList());
            }
        }
        return tasks;
    }

    /** How an all-task fixture's expect.txt names the task it hangs in: "exercise | X (task 5) hung". */
    private static final java.util.regex.Pattern HUNG_TASK = java.util.regex.Pattern.compile("\\(task (\\d+)\\) hung");

    /**
     * Grades the reference solutions on every test but the speed tests, beside the fixtures: they must earn every
     * point, as a fixture with no line about tests does. An exercise with a class of every task is graded on the
     * tasks that class's fixtures hang in ({@link #referenceTasks}); the exercises graded on every task share one
     * grader run. (Their speed is graded alone, by {@link GradeSolutionsIT}.)
     */
    private static List<String> gradeReference(Path dir, Map<String, List<String>> tasks) throws Exception {
        Path submission = Submissions.fromSolutions(dir.resolve("submission"));
        List<List<String>> runs = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        tasks.forEach((exercise, only) -> {
            if (only.isEmpty()) {
                whole.addAll(List.of("--exercise", exercise));
            } else {
                List<String> run = new ArrayList<>(List.of("--exercise", exercise));
                only.forEach(task -> run.addAll(List.of("--task", task)));
                runs.add(run);
            }
        });
        if (!whole.isEmpty()) {
            runs.add(whole);
        }
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (List<String> run : runs) {
            List<String> options = new ArrayList<>(run);
            options.addAll(WITHOUT_SPEED);
            Grading grading = GraderProcess.grade(submission, dir.resolve("out-" + n++), options.toArray(String[]::new));
            System.out.printf("graded the reference solutions on every test but the speed tests (%s) in %.1f s%n",
                    String.join(" ", run), grading.elapsed().toMillis() / 1000.0);
            if (grading.exitCode() != 0) {
                wrong.add("the reference: the grader exited with " + grading.exitCode() + ": " + grading.stderr());
                continue;
            }
            if (grading.tests().isEmpty()) {
                wrong.add("the reference: no test was graded with " + run);
            }
            grading.lostPoints().forEach(lost -> wrong.add("the reference lost points: " + lost));
            for (int i = 0; i < run.size(); i++) {
                if (!run.get(i).equals("--exercise")) {
                    continue;
                }
                String exercise = run.get(i + 1);
                JsonNode graded = grading.exercise(exercise);
                if (!graded.get("compiled").asBoolean() || graded.get("timed_out").asBoolean()) {
                    wrong.add("the reference's " + exercise + ": compiled " + graded.get("compiled") + ", timed out "
                            + graded.get("timed_out"));
                }
            }
        }
        return wrong;
    }

    /**
     * Grades each speed fixture of an exercise on its speed tests alone, one at a time, then runs the learner's
     * visible speed checks on them. This shares the cores with the classes graded at once: each speed fixture's
     * loss is one a busy machine cannot hide (calls that never overlap, work drowned in overhead, the wrong
     * threads, a latency bound of waiting work), or its line accepts "inconclusive".
     */
    private static List<String> gradeSpeed(String exercise, List<Fixture> fixtures, Path dir) throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, Expectations.Lost> lost = new LinkedHashMap<>();
        for (Fixture fixture : fixtures) {
            Expectations speed = fixture.expectations().speed();
            Path submission = Submissions.fromSolutions(dir.resolve(fixture.learner()).resolve("submission"));
            Submissions.overlay(submission, fixture.exercise(), fixture.folder());
            List<String> options = new ArrayList<>(List.of("--exercise", fixture.exercise()));
            options.addAll(speed.onlyOptions());
            Grading grading = GraderProcess.grade(submission, dir.resolve(fixture.learner()).resolve("out"),
                    options.toArray(String[]::new));
            System.out.printf("graded the speed of fixture %s in %.1f s%n", fixture.learner(),
                    grading.elapsed().toMillis() / 1000.0);
            if (grading.exitCode() != 0) {
                wrong.add(fixture.learner() + ": the grader exited with " + grading.exitCode() + ": "
                        + grading.stderr());
                continue;
            }
            try {
                speed.check(fixture.learner(), grading.results(), fixture.exercise());
            } catch (AssertionError e) {
                wrong.add(fixture.learner() + ": " + e.getMessage().strip());
            }
            List<String> tasks = fixture.expectations().tasks().contains(Expectations.ALL_TASKS) ? List.of()
                    : fixture.expectations().tasks();
            lost.put(fixture.learner(), new Expectations.Lost(java.util.Set.of(SPEED), tasks));
        }
        wrong.addAll(checkLocally(exercise, fixtures, lost, dir.resolve("practice")));
        return wrong;
    }

    /**
     * Prints how many fixtures the learner's own visible tests catch in every category they lose, and holds the
     * fixtures that only unseen data can catch to at most a tenth.
     */
    private static void assertLocalTally() {
        long caught = LOCALLY.values().stream().filter(String::isEmpty).count();
        System.out.printf("the learner's visible tests catch %d of %d fixtures in every category they lose points in"
                + " (%.0f %%)%n", caught, LOCALLY.size(), 100.0 * caught / Math.max(1, LOCALLY.size()));
        LOCALLY.forEach((fixture, missed) -> {
            if (!missed.isEmpty()) {
                System.out.printf("  not caught locally: %s: %s%n", fixture, missed);
            }
        });
        long unseen = LOCALLY.values().stream().filter(m -> m.contains(Expectations.UNSEEN)).count();
        assertThat(unseen).as("fixtures only unseen data can catch, of %d", LOCALLY.size())
                .isLessThanOrEqualTo(LOCALLY.size() / 10);
        LOCALLY.clear();
    }

    private static List<String> gradeGroup(Group group, Path dir) throws Exception {
        Path klass = Files.createDirectories(dir.resolve("class"));
        int turn = 0;
        for (Fixture fixture : group.fixtures()) {
            Path submission = dir.resolve("submissions").resolve(fixture.learner());
            Submissions.copyTree(Repo.ROOT.resolve("solutions").resolve(fixture.exercise())
                    .resolve("src/main/java"), submission.resolve(Submissions.sources(fixture.exercise())));
            Submissions.overlay(submission, fixture.exercise(), fixture.folder());
            Submissions.addToClass(klass, fixture.learner(), submission, turn++);
        }
        List<String> options = new ArrayList<>(List.of("--exercise", group.exercise()));
        options.addAll(WITHOUT_SPEED);
        options.addAll(group.taskOptions());
        Path out = dir.resolve("out");
        Grading grading = GraderProcess.grade(klass, out, options.toArray(String[]::new));
        System.out.printf("graded %s %s (%d fixtures) in %.1f s%n", group.exercise(), group.taskOptions(),
                group.fixtures().size(), grading.elapsed().toMillis() / 1000.0);
        List<String> wrong = new ArrayList<>();
        if (grading.exitCode() != 0) {
            return List.of(group.exercise() + " " + group.taskOptions() + ": the grader exited with "
                    + grading.exitCode() + ": " + grading.stderr());
        }
        Map<String, String[]> book = GraderProcess.gradebook(out);
        for (Fixture fixture : group.fixtures()) {
            JsonNode results = GraderProcess.results(out, fixture.learner());
            wrong.addAll(fixture.expectations().checkExactly(fixture.learner(), results, fixture.exercise()));
            String[] row = book.get(fixture.learner());
            if (Double.parseDouble(row[1]) != results.get("score").asDouble()) {
                wrong.add(fixture.learner() + ": the gradebook's score is not results.json's");
            }
            fixture.expectations().aboutTheExercise().stream().filter(text -> text.contains(" hung"))
                    .filter(text -> !row[row.length - 1].contains(text))
                    .forEach(text -> wrong.add(fixture.learner() + ": the gradebook's problem does not say '" + text
                            + "': " + row[row.length - 1]));
        }
        Map<String, Expectations.Lost> lost = new LinkedHashMap<>();
        for (Fixture fixture : group.fixtures()) {
            Expectations.Lost graded = fixture.expectations().lost(GraderProcess.results(out, fixture.learner()), fixture.exercise());
            if (!graded.categories().isEmpty()) {
                lost.put(fixture.learner(), graded);
            }
        }
        wrong.addAll(checkLocally(group.exercise(), group.fixtures(), lost, dir.resolve("practice")));
        return wrong;
    }

    /**
     * Runs the learner's visible tests on each fixture, of the tasks and categories it lost points in, and checks
     * that a visible test of each such category fails (or expect.txt says why none can).
     */
    private static List<String> checkLocally(String exercise, List<Fixture> fixtures, Map<String, Expectations.Lost> lost,
            Path work) throws Exception {
        List<PracticeChecks.Job> jobs = new ArrayList<>();
        for (Fixture fixture : fixtures) {
            Expectations.Lost graded = lost.get(fixture.learner());
            // A category expect.txt says the visible tests do not check yet is not run: nothing there can fail
            java.util.Set<String> toRun = new java.util.TreeSet<>(graded == null ? java.util.Set.of()
                    : graded.categories());
            fixture.expectations().notLocal().forEach((category, why) -> {
                if (why.startsWith(Expectations.NOT_YET)) {
                    toRun.remove(category);
                }
            });
            if (!toRun.isEmpty()) {
                jobs.add(new PracticeChecks.Job(fixture.learner(), fixture.folder(), graded.tasks(), toRun));
            }
        }
        Map<String, PracticeChecks.Outcome> outcomes = PracticeChecks.run(exercise, jobs, work);
        List<String> wrong = new ArrayList<>();
        for (Fixture fixture : fixtures) {
            Expectations.Lost graded = lost.get(fixture.learner());
            if (graded == null) {
                continue;
            }
            PracticeChecks.Outcome outcome = outcomes.getOrDefault(fixture.learner(),
                    jobs.stream().anyMatch(j -> j.name().equals(fixture.learner())) ? null
                            : new PracticeChecks.Outcome(0, Map.of()));
            if (outcome == null) {
                wrong.add(fixture.learner() + ": the visible tests did not run on it");
                continue;
            }
            boolean speed = graded.categories().contains(SPEED);
            wrong.addAll(fixture.expectations().checkLocal(fixture.learner(), graded.categories(), outcome.failed(),
                    category -> category.equals(SPEED) == speed));
            String missed = graded.categories().stream().filter(c -> !outcome.failed().containsKey(c)
                    && !outcome.failed().containsKey(c + PracticeRun.INCONCLUSIVE))
                    .map(c -> c + " (" + fixture.expectations().notLocal().getOrDefault(c, "?") + ")")
                    .collect(java.util.stream.Collectors.joining(", "));
            LOCALLY.merge(fixture.learner(), missed, (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b);
        }
        return wrong;
    }


}
