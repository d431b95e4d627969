package dev.threadlings.grader.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.Repo;
import dev.threadlings.grader.consistency.ConsistencyCheck.Problem;
import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tree agrees with its manifests, and the check says so only when it does: each broken copy of the tree
 * (one thing a contributor forgets when adding an exercise) gets a problem that names the file to change.
 */
class ConsistencyCheckTest {


    private static final String SUMS = "02-sum-of-squares";

    @TempDir
    static Path work;

    private static int copies;

    @BeforeAll
    static void theTreeIsBuilt() {
        assertThat(Repo.ROOT.resolve("exercises/" + SUMS + "/target/classes")).as("run after the exercises are built")
                .isDirectory();
    }

    @Test
    void the_tree_agrees_with_its_manifests() throws IOException {
        List<Problem> problems = ConsistencyCheck.check(Repo.ROOT);

        assertThat(problems).as("%s", problems.stream().map(Problem::toString)
                .collect(Collectors.joining(System.lineSeparator()))).isEmpty();
    }

    @Test
    void a_task_without_hidden_tests_is_named_with_its_test_folder() throws IOException {
        Path tree = copyOfTree();
        Path hidden = tree.resolve("grading/hidden/" + SUMS);
        try (Stream<Path> files = Files.walk(hidden)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Files.writeString(file, Files.readString(file).replace("@Tag(\"task:4\")", ""));
            }
        }

        assertThat(ConsistencyCheck.check(tree)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("grading/hidden/" + SUMS + "/src/main/java/dev/threadlings/hidden/sumsquares");
            assertThat(p.what()).contains("task 4 of " + SUMS + " (ForkJoinSumOfSquares) has no hidden test");
            assertThat(p.fix()).contains("@Tag(\"task:4\")");
        });
    }

    @Test
    void a_stub_whose_signature_differs_from_its_solution_is_named_with_the_difference() throws IOException {
        Path tree = copyOfTree();
        Path classes = tree.resolve("exercises/" + SUMS + "/target/classes");
        compile(classes, "dev/threadlings/sumsquares/ThreadedSumOfSquares.java", """
                package dev.threadlings.sumsquares;

                import java.math.BigInteger;
                import java.util.List;

                public class ThreadedSumOfSquares implements SumOfSquares {
                    public ThreadedSumOfSquares(long threads) {
                    }

                    @Override
                    public List<BigInteger> sumAll(List<Integer> ns) {
                        throw new UnsupportedOperationException();
                    }
                }
                """);

        List<Problem> problems = ConsistencyCheck.check(tree);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("exercises/" + SUMS
                    + "/src/main/java/dev/threadlings/sumsquares/ThreadedSumOfSquares.java");
            assertThat(p.what()).contains("signatures differ")
                    .contains("only the stub has `public ThreadedSumOfSquares(long)`")
                    .contains("only the solution has `public ThreadedSumOfSquares(int)`");
        });
        assertThat(problems).as("the manifest's constructor is missing too")
                .anySatisfy(p -> assertThat(p.what()).contains("the tests call ThreadedSumOfSquares(int)"));
    }

    @Test
    void a_module_missing_from_the_root_pom_is_named_with_the_line_to_add() throws IOException {
        Path tree = copyOfTree();
        edit(tree.resolve("pom.xml"), "<module>solutions/03-fibonacci</module>", "");

        assertThat(ConsistencyCheck.check(tree)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("pom.xml");
            assertThat(p.what()).contains("the module solutions/03-fibonacci is missing");
            assertThat(p.fix()).contains("<module>solutions/03-fibonacci</module>").contains("instructor-only");
        });
    }

    @Test
    void a_missing_dependency_in_the_grader_or_hidden_pom_is_named() throws IOException {
        Path tree = copyOfTree();
        edit(tree.resolve("grading/grader/pom.xml"), "<artifactId>threadlings-exercise-" + SUMS + "</artifactId>",
                "<artifactId>threadlings-kit</artifactId>");
        edit(tree.resolve("grading/hidden/pom.xml"), "<source>" + SUMS + "/src/main/java</source>", "");

        assertThat(ConsistencyCheck.check(tree)).extracting(Problem::file)
                .containsExactlyInAnyOrder("grading/grader/pom.xml", "grading/hidden/pom.xml");
    }

    @Test
    void an_exercise_missing_from_the_classroom_workflow_is_named() throws IOException {
        Path tree = copyOfTree();
        // a template that lists the steps by hand, every exercise's but one
        String steps = Manifest.allIn(tree).stream().map(Manifest::id).filter(id -> !id.equals(SUMS))
                .map(id -> "      - name: " + id + "\n        with:\n          command: ./mvnw -B -ntp -q test -pl"
                        + " exercises/" + id + "\n")
                .collect(Collectors.joining()) + "      # hand-written";
        edit(tree.resolve("grading/github-classroom/classroom.yml"), "      # @exercise-steps@", steps);

        assertThat(ConsistencyCheck.check(tree)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("grading/github-classroom/classroom.yml");
            assertThat(p.what()).isEqualTo(SUMS + " is missing from the Classroom workflow the handout writes");
            assertThat(p.fix()).contains("@exercise-steps@");
        });
    }

    @Test
    void a_readme_whose_tasks_differ_from_the_manifest_and_a_task_no_fixture_loses_on_are_named()
            throws IOException {
        Path tree = copyOfTree();
        edit(tree.resolve("exercises/03-fibonacci/README.md"), "### Task 6: `ForkJoinFibonacci`",
                "### Task 6: `RecursiveFibonacci`");
        try (Stream<Path> fixtures = Files.list(tree.resolve("grading/fixtures/01-downloads"))) {
            for (Path fixture : fixtures.toList()) {
                Path expect = fixture.resolve("expect.txt");
                if (Files.isRegularFile(expect) && Files.readString(expect).contains("tasks | 3")) {
                    Files.delete(expect);
                }
            }
        }

        assertThat(ConsistencyCheck.check(tree)).extracting(Problem::toString).containsExactlyInAnyOrder(
                "exercises/03-fibonacci/README.md: its task headings give [1 SequentialFibonacci, 2"
                        + " ThreadPerTaskFibonacci, 3 GlobalInterpreterLock, 4 GilFibonacci, 5 EventLoopFibonacci,"
                        + " 6 RecursiveFibonacci, 7 MultiprocessFibonacci] but the manifest's tasks are [1"
                        + " SequentialFibonacci, 2 ThreadPerTaskFibonacci, 3 GlobalInterpreterLock, 4 GilFibonacci,"
                        + " 5 EventLoopFibonacci, 6 ForkJoinFibonacci, 7 MultiprocessFibonacci]. Make the README's"
                        + " '### Task N: `Class`' headings and exercise.json's tasks the same list, in the same order",
                "grading/fixtures/01-downloads: no fixture loses points on task 3 (AsyncDownloader). Add a plausible"
                        + " wrong AsyncDownloader as a fixture whose expect.txt says 'tasks | 3' and names the tests it"
                        + " loses (see grading/fixtures/README.md)");
    }

    @Test
    void a_broken_manifest_is_named_and_the_rest_still_checked() throws IOException {
        Path tree = copyOfTree();
        edit(tree.resolve("exercises/01-downloads/exercise.json"), "\"number\": 2,", "\"number\": 7,");

        List<Problem> problems = ConsistencyCheck.check(tree);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("exercises/01-downloads/exercise.json");
            assertThat(p.what()).contains("task 7 is number 2 in the list");
        });
    }

    /** A copy of what the check reads: sources, poms, READMEs, fixtures' expectations, compiled stubs and solutions. */
    private static Path copyOfTree() throws IOException {
        Path tree = work.resolve("tree-" + (++copies));
        try (Stream<Path> files = Files.walk(Repo.ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = Repo.ROOT.relativize(file).toString().replace('\\', '/');
                if (wanted(relative)) {
                    Path to = tree.resolve(relative);
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                }
            }
        }
        assertThat(ConsistencyCheck.check(tree)).as("the copy agrees with its manifests before it is broken").isEmpty();
        return tree;
    }

    private static boolean wanted(String relative) {
        if (relative.startsWith(".git/") || relative.startsWith("race/") || relative.startsWith("benchmarks/")
                || relative.startsWith("grading/grader/") && !relative.equals("grading/grader/pom.xml")) {
            return false;
        }
        if (relative.contains("/target/")) {
            return relative.matches("(exercises|solutions)/[^/]+/target/classes/.*");
        }
        return true;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("%s holds %s", file, from).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void compile(Path classes, String relative, String source) throws IOException {
        Path sources = Files.createTempDirectory(work, "src-");
        Path file = sources.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter said = new StringWriter();
        boolean compiled = javac.getTask(said, null, null, List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
        assertThat(compiled).as("%s", said).isTrue();
    }
}
