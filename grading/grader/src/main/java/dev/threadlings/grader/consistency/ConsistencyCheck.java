package dev.threadlings.grader.consistency;

import dev.threadlings.grader.handout.CourseFiles;
import dev.threadlings.grader.handout.Handout;
import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Holds the instructor tree to its exercises' manifests, as rustlings' {@code dev check} does: every part of an
 * exercise where the manifest says it is, and every file that must list the exercises listing them. Each
 * problem names the file to change and how. Run by the build ({@code ConsistencyCheckTest}) on the tree and on
 * broken copies of it.
 *
 * <p>It reads sources and poms as text and the stubs' and solutions' compiled classes from their modules'
 * {@code target/classes}, so it runs after those modules are built (the grader's tests are).
 */
public final class ConsistencyCheck {

    /** The exercise modules' parent folder, and their solutions'. */
    static final String EXERCISES = "exercises";
    static final String SOLUTIONS = "solutions";

    private static final Pattern TASK_HEADING = Pattern.compile("(?m)^### Task (\\d+): `(\\w+)");
    private static final Pattern TASK_TAG = Pattern.compile("@Tag\\(\"task:(\\d+)\"\\)");
    private static final Pattern HUNG_TASK = Pattern.compile("^exercise \\|.*\\(task (\\d+)\\) hung");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    private final Path root;
    private final List<Problem> problems = new ArrayList<>();
    /** The exercise folders with a manifest file, valid or not. */
    private final Set<String> withManifest = new TreeSet<>();

    private ConsistencyCheck(Path root) {
        this.root = root;
    }

    /**
     * One thing that does not agree with a manifest.
     *
     * @param file the file to change, relative to the tree's root
     * @param what what is wrong
     * @param fix what to do about it
     */
    public record Problem(String file, String what, String fix) {

        @Override
        public String toString() {
            return file + ": " + what + ". " + fix;
        }
    }

    /**
     * Checks an instructor tree.
     *
     * @param root the tree's root (with {@code exercises/}, {@code solutions/} and {@code grading/})
     * @return the problems, empty when everything agrees
     * @throws IOException when a file cannot be read
     */
    public static List<Problem> check(Path root) throws IOException {
        ConsistencyCheck check = new ConsistencyCheck(root);
        check.run();
        return List.copyOf(check.problems);
    }

    private void run() throws IOException {
        List<Manifest> manifests = manifests();
        modules(manifests);
        for (Manifest manifest : manifests) {
            readme(manifest);
            classes(manifest);
            hiddenTests(manifest);
            fixtures(manifest);
        }
        courseFiles(manifests);
    }

    private void problem(String file, String what, String fix) {
        problems.add(new Problem(file, what, fix));
    }

    // --- the manifests ------------------------------------------------------------------------------------------

    private List<Manifest> manifests() throws IOException {
        List<Manifest> manifests = new ArrayList<>();
        for (Path folder : folders(root.resolve(EXERCISES))) {
            String id = folder.getFileName().toString();
            Path file = folder.resolve(Manifest.FILE_NAME);
            if (!Files.isRegularFile(file)) {
                problem(EXERCISES + "/" + id, "has no " + Manifest.FILE_NAME, "Write its manifest (copy another"
                        + " exercise's and change it), or move the folder out of exercises/");
                continue;
            }
            withManifest.add(id);
            Manifest manifest;
            try {
                manifest = Manifest.read(file);
            } catch (IOException e) {
                problem(relative(file), e.getMessage(), "Fix the manifest");
                continue;
            }
            if (!manifest.id().equals(id)) {
                problem(relative(file), "its id is '" + manifest.id() + "' but its folder is '" + id + "'",
                        "Make the id the folder's name");
                continue;
            }
            if (manifests.stream().anyMatch(m -> m.number() == manifest.number())) {
                problem(relative(file), "another exercise has number " + manifest.number(), "Renumber the folder");
                continue;
            }
            manifests.add(manifest);
        }
        if (manifests.isEmpty()) {
            problem(EXERCISES, "no exercise has a manifest", "Each exercises/NN-slug needs an exercise.json");
        }
        return manifests;
    }

    // --- the poms -----------------------------------------------------------------------------------------------

    private void modules(List<Manifest> manifests) throws IOException {
        String rootPom = read("pom.xml");
        Set<String> modules = matches(MODULE, rootPom);
        Set<String> learnerModules = matches(MODULE, Handout.learnerPom(rootPom));
        String hiddenPom = read("grading/hidden/pom.xml");
        String graderPom = read("grading/grader/pom.xml");
        for (Manifest m : manifests) {
            String id = m.id();
            for (String module : List.of(EXERCISES + "/" + id, SOLUTIONS + "/" + id)) {
                if (!modules.contains(module)) {
                    problem("pom.xml", "the module " + module + " is missing from <modules>", "Add <module>" + module
                            + "</module>" + (module.startsWith(SOLUTIONS) ? " inside <!-- instructor-only --> and"
                            + " <!-- /instructor-only --> (the handout must not have it)" : ""));
                }
            }
            if (learnerModules.contains(SOLUTIONS + "/" + id)) {
                problem("pom.xml", "the module " + SOLUTIONS + "/" + id + " would be in the learner's handout",
                        "Put it between <!-- instructor-only --> and <!-- /instructor-only --> on its line");
            }
            artifactId(EXERCISES + "/" + id + "/pom.xml", m.stubsArtifact());
            artifactId(SOLUTIONS + "/" + id + "/pom.xml", m.solutionArtifact());
            if (!hiddenPom.contains("<source>" + id + "/src/main/java</source>")) {
                problem("grading/hidden/pom.xml", "the hidden tests of " + id + " are not compiled",
                        "Add <source>" + id + "/src/main/java</source> to the exercise-sources execution");
            }
            if (!hiddenPom.contains("<artifactId>" + m.solutionArtifact() + "</artifactId>")) {
                problem("grading/hidden/pom.xml", "the hidden tests do not depend on " + m.solutionArtifact(),
                        "Add it as a dependency with <version>${project.version}</version> and <scope>provided"
                                + "</scope>, as the other solutions are");
            }
            if (!graderPom.contains("<artifactId>" + m.stubsArtifact() + "</artifactId>")) {
                problem("grading/grader/pom.xml", "the grader has no stubs of " + id + ", so it cannot grade it",
                        "Add " + m.stubsArtifact() + " as a dependency with <version>${project.version}</version>"
                                + " and <scope>provided</scope>, as the other exercises are");
            }
        }
        for (String module : modules) {
            if ((module.startsWith(EXERCISES + "/") || module.startsWith(SOLUTIONS + "/"))
                    && !withManifest.contains(module.substring(module.indexOf('/') + 1))) {
                problem("pom.xml", "the module " + module + " belongs to no exercise with a manifest",
                        "Remove it, or give exercises/" + module.substring(module.indexOf('/') + 1)
                                + " an exercise.json");
            }
        }
    }

    private void artifactId(String pom, String expected) throws IOException {
        if (!Files.isRegularFile(root.resolve(pom))) {
            problem(pom, "is missing", "Copy another exercise's pom and make its artifactId " + expected);
            return;
        }
        // the first artifactId after the parent's is the module's own
        List<String> ids = new ArrayList<>();
        Matcher matcher = ARTIFACT_ID.matcher(read(pom));
        while (matcher.find() && ids.size() < 2) {
            ids.add(matcher.group(1));
        }
        if (ids.size() < 2 || !ids.get(1).equals(expected)) {
            problem(pom, "its artifactId is " + (ids.size() < 2 ? "missing" : ids.get(1)),
                    "Make it " + expected + ": the grader and the consistency check find the module by it");
        }
    }

    // --- the README's tasks -------------------------------------------------------------------------------------

    private void readme(Manifest m) throws IOException {
        String file = EXERCISES + "/" + m.id() + "/README.md";
        if (!Files.isRegularFile(root.resolve(file))) {
            problem(file, "is missing", "Write the exercise's README: its story and one '### Task N: `Class`'"
                    + " section per task of the manifest");
            return;
        }
        Matcher matcher = TASK_HEADING.matcher(read(file));
        List<String> headings = new ArrayList<>();
        while (matcher.find()) {
            headings.add(matcher.group(1) + " " + matcher.group(2));
        }
        List<String> tasks = m.tasks().stream().map(t -> t.number() + " " + t.strategy()).toList();
        if (!headings.equals(tasks)) {
            problem(file, "its task headings give " + headings + " but the manifest's tasks are " + tasks,
                    "Make the README's '### Task N: `Class`' headings and exercise.json's tasks the same list,"
                            + " in the same order");
        }
    }

    // --- stubs, solutions and contracts -------------------------------------------------------------------------

    private void classes(Manifest m) throws IOException {
        String packagePath = m.javaPackage().replace('.', '/');
        for (String contract : m.contracts()) {
            String file = "src/main/java/" + packagePath + "/" + contract + ".java";
            if (!Files.isRegularFile(root.resolve(file))) {
                problem(file, "is missing: " + m.id() + "'s manifest names the contract " + contract,
                        "Put the contract in the kit, in the exercise's package, or fix the manifest's contracts");
            }
        }
        Set<String> taskClasses = new LinkedHashSet<>();
        m.tasks().forEach(t -> t.classes().forEach(c -> taskClasses.add(c.name())));
        Set<String> stubSources = sources(EXERCISES, m, packagePath);
        Set<String> solutionSources = sources(SOLUTIONS, m, packagePath);
        for (String name : taskClasses) {
            if (!stubSources.contains(name)) {
                problem(EXERCISES + "/" + m.id() + "/src/main/java/" + packagePath + "/" + name + ".java",
                        "is missing: the manifest's tasks name " + name, "Write the stub (its methods throw"
                                + " Todo.todo(...)), or fix the manifest");
            }
            if (!solutionSources.contains(name)) {
                problem(SOLUTIONS + "/" + m.id() + "/src/main/java/" + packagePath + "/" + name + ".java",
                        "is missing: the manifest's tasks name " + name, "Write the reference solution");
            }
        }
        for (String name : stubSources) {
            if (!taskClasses.contains(name)) {
                problem(EXERCISES + "/" + m.id() + "/src/main/java/" + packagePath + "/" + name + ".java",
                        "is in no task of the manifest", "Add it to the classes of the task it belongs to in "
                                + EXERCISES + "/" + m.id() + "/exercise.json");
            }
        }
        Path stubClasses = root.resolve(EXERCISES).resolve(m.id()).resolve("target/classes");
        Path solutionClasses = root.resolve(SOLUTIONS).resolve(m.id()).resolve("target/classes");
        if (!Files.isDirectory(stubClasses) || !Files.isDirectory(solutionClasses)) {
            problem(EXERCISES + "/" + m.id(), "its stubs or solution are not compiled, so their signatures cannot"
                    + " be compared", "Build the tree first (./mvnw -B install -DskipTests)");
            return;
        }
        try (URLClassLoader stubs = loader(stubClasses, m); URLClassLoader solutions = loader(solutionClasses, m)) {
            for (Manifest.Task task : m.tasks()) {
                for (Manifest.TaskClass taskClass : task.classes()) {
                    if (stubSources.contains(taskClass.name()) && solutionSources.contains(taskClass.name())) {
                        compare(m, taskClass, stubs, solutions);
                    }
                }
            }
        }
    }

    private void compare(Manifest m, Manifest.TaskClass taskClass, ClassLoader stubs, ClassLoader solutions) {
        String name = m.javaPackage() + "." + taskClass.name();
        String stubFile = EXERCISES + "/" + m.id() + "/src/main/java/" + name.replace('.', '/') + ".java";
        Class<?> stub;
        Class<?> solution;
        try {
            stub = Class.forName(name, false, stubs);
            solution = Class.forName(name, false, solutions);
        } catch (ClassNotFoundException | LinkageError e) {
            problem(stubFile, "its class or its solution's cannot be loaded: " + e,
                    "Build the tree first (./mvnw -B install -DskipTests)");
            return;
        }
        List<String> differences = ClassShape.of(solution).differencesFrom(ClassShape.of(stub));
        if (!differences.isEmpty()) {
            problem(stubFile, "the stub's signatures differ from its solution's: " + String.join("; ", differences),
                    "Make the stub declare exactly what the solution does (the tests were written against the"
                            + " solution)");
        }
        for (String constructor : taskClass.constructors()) {
            for (Class<?> type : List.of(stub, solution)) {
                if (!ClassShape.publicConstructors(type).contains(constructor)) {
                    problem(type == stub ? stubFile : stubFile.replaceFirst("^" + EXERCISES, SOLUTIONS),
                            "the manifest says the tests call " + taskClass.name() + constructor + ", but it has "
                                    + ClassShape.publicConstructors(type),
                            "Give the class that public constructor, or fix the manifest's constructors");
                }
            }
        }
    }

    /** A loader of one module's classes: its exercise's package from the module first, the rest (the kit) after. */
    private static URLClassLoader loader(Path classes, Manifest m) throws MalformedURLException {
        String prefix = m.javaPackage() + ".";
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ConsistencyCheck.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null && name.startsWith(prefix)) {
                        try {
                            loaded = findClass(name);
                        } catch (ClassNotFoundException e) {
                            loaded = null; // a contract of the kit's, in the same package
                        }
                    }
                    return loaded != null ? loaded : super.loadClass(name, resolve);
                }
            }
        };
    }

    private Set<String> sources(String parent, Manifest m, String packagePath) throws IOException {
        Path folder = root.resolve(parent).resolve(m.id()).resolve("src/main/java").resolve(packagePath);
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".java"))
                        .forEach(f -> names.add(f.substring(0, f.length() - ".java".length())));
            }
        }
        return names;
    }

    // --- hidden tests and fixtures ------------------------------------------------------------------------------

    private void hiddenTests(Manifest m) throws IOException {
        String folder = "grading/hidden/" + m.id() + "/src/main/java/" + m.hiddenPackage().replace('.', '/');
        Set<Integer> tagged = new TreeSet<>();
        for (Path file : files(root.resolve(folder), ".java")) {
            Matcher matcher = TASK_TAG.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                tagged.add(Integer.parseInt(matcher.group(1)));
            }
        }
        for (Manifest.Task task : m.tasks()) {
            if (!tagged.remove(task.number())) {
                problem(folder, "task " + task.number() + " of " + m.id() + " (" + task.strategy()
                        + ") has no hidden test", "Write hidden tests for it, tagged @Tag(\"task:" + task.number()
                        + "\"), in package " + m.hiddenPackage());
            }
        }
        for (int unknown : tagged) {
            problem(folder, "tests are tagged task:" + unknown + ", but " + m.id() + " has no task " + unknown,
                    "Tag them with a task of exercise.json, or add the task to it");
        }
    }

    private void fixtures(Manifest m) throws IOException {
        String folder = "grading/fixtures/" + m.id();
        Set<Integer> losing = new TreeSet<>();
        for (Path fixture : folders(root.resolve(folder))) {
            Path expect = fixture.resolve("expect.txt");
            if (!Files.isRegularFile(expect)) {
                continue;
            }
            List<Integer> tasks = new ArrayList<>();
            boolean loses = false;
            for (String line : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                Matcher hung = HUNG_TASK.matcher(trimmed);
                if (hung.find()) {
                    // a fixture graded on all tasks (a hang) loses on the task that hung
                    tasks.add(Integer.parseInt(hung.group(1)));
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("exercise |")
                        || trimmed.startsWith("may |")) {
                    continue;
                }
                if (trimmed.startsWith("tasks |")) {
                    for (String number : trimmed.substring("tasks |".length()).split(",")) {
                        if (number.strip().matches("\\d+")) {
                            tasks.add(Integer.parseInt(number.strip()));
                        }
                    }
                } else {
                    loses = true;
                }
            }
            if (loses) {
                losing.addAll(tasks);
            }
        }
        for (Manifest.Task task : m.tasks()) {
            if (!losing.contains(task.number())) {
                problem(folder, "no fixture loses points on task " + task.number() + " (" + task.strategy() + ")",
                        "Add a plausible wrong " + task.strategy() + " as a fixture whose expect.txt says 'tasks | "
                                + task.number() + "' and names the tests it loses (see grading/fixtures/README.md)");
            }
        }
    }

    // --- files written from the manifests -----------------------------------------------------------------------

    private void courseFiles(List<Manifest> manifests) throws IOException {
        String workflow = CourseFiles.classroomWorkflow(read("grading/github-classroom/classroom.yml"), manifests);
        String readme = CourseFiles.readme(read("grading/handout/README.md"), manifests);
        for (Manifest m : manifests) {
            if (!workflow.contains("command: ./mvnw -B -ntp -q test -pl exercises/" + m.id() + "\n")
                    || !workflow.contains("steps." + CourseFiles.runner(m) + ".outputs.result")
                    || !workflow.matches("(?s).*runners: '[^']*\\b" + Pattern.quote(CourseFiles.runner(m))
                            + "\\b[^']*'.*")) {
                problem("grading/github-classroom/classroom.yml", m.id() + " is missing from the Classroom workflow"
                        + " the handout writes", "Keep the template's lines with " + CourseFiles.STEPS_MARKER + ", "
                        + CourseFiles.RESULTS_MARKER + " and runners: '" + CourseFiles.RUNNERS_MARKER
                        + "': the handout writes every exercise's step there, and lists no exercise by hand");
            }
            if (!readme.contains("](exercises/" + m.id() + "/README.md)")) {
                problem("grading/handout/README.md", m.id() + " is missing from the learner README's table",
                        "Keep the line " + CourseFiles.TABLE_MARKER + " where the table goes: the handout writes it"
                                + " from the manifests");
            }
        }
    }

    // --- files --------------------------------------------------------------------------------------------------

    private String read(String file) throws IOException {
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            problem(file, "is missing", "Restore it");
            return "";
        }
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).strip());
        }
        return found;
    }

    private static List<Path> folders(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
