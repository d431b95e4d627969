package dev.threadlings.grader.handout;

import dev.threadlings.grader.process.GraderHome;
import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the learner handout from the instructor tree. What goes in is listed, not what stays out, so
 * nothing new in the instructor tree can leak by accident: the Maven wrapper, the root {@code pom.xml}
 * without its {@code <!-- instructor-only -->} blocks, the kit's library ({@code src/}, without its own
 * tests), the learner CLI ({@code ./threadlings} and its module {@code learner/}, without its own tests), the
 * exercises (stubs, READMEs, visible tests), the learner's README
 * ({@code grading/handout/README.md}, with the table of exercises written from their manifests) and the GitHub
 * Classroom workflow (one step per exercise, from the same manifests).
 */
public final class Handout {

    /** The learner's README in the instructor tree. */
    static final String README = "grading/handout/README.md";

    /** The GitHub Classroom workflow in the instructor tree, and where it goes in the handout. */
    static final String WORKFLOW = "grading/github-classroom/classroom.yml";
    static final String WORKFLOW_TARGET = ".github/workflows/classroom.yml";

    private static final Pattern INSTRUCTOR_ONLY = Pattern.compile(
            "[ \\t]*<!-- instructor-only -->.*?<!-- /instructor-only -->[ \\t]*\\R?", Pattern.DOTALL);

    private static final Set<String> SKIPPED_NAMES = Set.of("target", ".idea", ".vscode", ".DS_Store");

    private Handout() {
    }

    /**
     * Builds the handout.
     *
     * @param instructorTree the kit's instructor tree (it has {@code solutions/} and {@code grading/})
     * @param out an empty or missing folder
     * @return the files written, relative to {@code out}
     * @throws IOException when a file cannot be read or written, or {@code out} is not empty
     */
    public static List<Path> build(Path instructorTree, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> existing = Files.list(out)) {
                if (existing.findAny().isPresent()) {
                    throw new IOException("the handout's folder is not empty: " + out);
                }
            }
        }
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (String file : List.of("mvnw", "mvnw.cmd", ".gitignore", "threadlings")) {
            written.add(copy(instructorTree.resolve(file), out, Path.of(file)));
        }
        written.addAll(copyTree(instructorTree, out, Path.of(".mvn")));
        written.addAll(copyTree(instructorTree, out, Path.of("exercises")));
        written.add(copy(instructorTree.resolve("src/pom.xml"), out, Path.of("src/pom.xml")));
        written.addAll(copyTree(instructorTree, out, Path.of("src/main")));
        written.add(copy(instructorTree.resolve("learner/pom.xml"), out, Path.of("learner/pom.xml")));
        written.addAll(copyTree(instructorTree, out, Path.of("learner/src/main")));
        List<Manifest> manifests = Manifest.allIn(instructorTree);
        written.add(write(out, Path.of("README.md"), CourseFiles.readme(read(instructorTree, README), manifests)));
        written.add(write(out, Path.of(WORKFLOW_TARGET),
                CourseFiles.classroomWorkflow(read(instructorTree, WORKFLOW), manifests)));
        String pom = Files.readString(instructorTree.resolve("pom.xml"), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("pom.xml"), learnerPom(pom), StandardCharsets.UTF_8);
        written.add(Path.of("pom.xml"));
        out.resolve("mvnw").toFile().setExecutable(true, false);
        out.resolve("threadlings").toFile().setExecutable(true, false);
        return written;
    }

    /** Where a self-paced handout keeps the grader, from its folder; {@code ./threadlings grade} runs it there. */
    public static final Path GRADER = Path.of(".threadlings", "grader");

    /**
     * Makes a handout self-paced: the grader's installation (its jar, its {@code lib/} with the hidden tests and the
     * reference solutions, compiled, and its {@code stubs/}) goes into {@link #GRADER}, so that the learner's
     * {@code ./threadlings grade} grades as the course would. The hidden tests are then in the learner's hands:
     * this is for workshops without a grade at stake.
     *
     * @param out the handout, built by {@link #build}
     * @param home the grader's installation
     * @return the files written, relative to {@code out}
     * @throws IOException when a file cannot be copied
     */
    public static List<Path> addGrader(Path out, GraderHome home) throws IOException {
        List<Path> written = new ArrayList<>();
        if (!Files.isRegularFile(home.self())) {
            throw new IOException("the grader runs from " + home.self() + ", not from its jar: build it with"
                    + " ./mvnw install -DskipTests and run the packaged grader");
        }
        written.add(copyFile(home.self(), out, GRADER.resolve("threadlings-grader.jar")));
        for (Path jar : home.libJars()) {
            written.add(copyFile(jar, out, GRADER.resolve("lib").resolve(jar.getFileName().toString())));
        }
        for (Path jar : home.stubsJars()) {
            written.add(copyFile(jar, out, GRADER.resolve("stubs").resolve(jar.getFileName().toString())));
        }
        return written;
    }

    private static Path copyFile(Path from, Path out, Path relative) throws IOException {
        Path to = out.resolve(relative.toString());
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        return relative;
    }

    /**
     * The root pom without its instructor-only blocks (the solutions', grading's and race's modules and
     * dependencies, and the instructor's profiles).
     *
     * @param pom the instructor tree's root pom
     * @return the learner's
     */
    public static String learnerPom(String pom) {
        Matcher matcher = INSTRUCTOR_ONLY.matcher(pom);
        return matcher.replaceAll("");
    }

    private static String read(Path instructorTree, String file) throws IOException {
        Path from = instructorTree.resolve(file);
        if (!Files.isRegularFile(from)) {
            throw new IOException("the instructor tree has no " + from);
        }
        return Files.readString(from, StandardCharsets.UTF_8);
    }

    private static Path write(Path out, Path relative, String text) throws IOException {
        Path to = out.resolve(relative.toString());
        Files.createDirectories(to.getParent());
        Files.writeString(to, text, StandardCharsets.UTF_8);
        return relative;
    }

    private static Path copy(Path from, Path out, Path relative) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new IOException("the instructor tree has no " + from);
        }
        Path to = out.resolve(relative.toString());
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        return relative;
    }

    private static List<Path> copyTree(Path instructorTree, Path out, Path relative) throws IOException {
        Path from = instructorTree.resolve(relative.toString());
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path inside = instructorTree.relativize(file);
                boolean skipped = false;
                for (Path part : inside) {
                    skipped |= SKIPPED_NAMES.contains(part.toString());
                }
                if (!skipped) {
                    written.add(copy(file, out, inside));
                }
            }
        }
        return written;
    }
}
