package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.Repo;
import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds submission folders: a copy of the solutions, with learner classes laid over it. */
final class Submissions {

    /** Exercise 01's id. */
    static final String DOWNLOADS = "01-downloads";

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private Submissions() {
    }

    /**
     * The ids of the tree's exercises, from their manifests.
     *
     * @return the ids, in order
     */
    static List<String> exerciseIds() {
        try {
            return Manifest.allIn(Repo.ROOT).stream().map(Manifest::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where an exercise's learner sources sit in a submission.
     *
     * @param exercise the exercise's id, for example {@code 01-downloads}
     * @return the relative path of its source root
     */
    static Path sources(String exercise) {
        return Path.of("exercises", exercise, "src", "main", "java");
    }

    /**
     * Makes a submission whose every exercise is the reference solution.
     *
     * @param submission the folder to make
     * @return the folder
     */
    static Path fromSolutions(Path submission) throws IOException {
        try (Stream<Path> solutions = Files.list(Repo.ROOT.resolve("solutions"))) {
            for (Path solution : solutions.filter(Files::isDirectory).sorted().toList()) {
                copyTree(solution.resolve("src/main/java"), submission.resolve(sources(solution.getFileName().toString())));
            }
        }
        return submission;
    }

    /**
     * Lays a fixture over a submission: every {@code .java} file of its folder goes into the exercise's
     * sources, in its package's folder, byte for byte (a fixture may be saved in another encoding on
     * purpose); the files of its {@code submission/} folder, if any, go to the same place under the
     * submission's root (a learner's copy of the kit or of the visible tests, say); each line of its
     * {@code delete.txt}, if any, names a source file (relative to the exercise's source root) to delete.
     *
     * @param submission the submission
     * @param exercise the exercise's id
     * @param fixture the fixture's folder
     */
    static void overlay(Path submission, String exercise, Path fixture) throws IOException {
        Path delete = fixture.resolve("delete.txt");
        if (Files.exists(delete)) {
            for (String line : expectations(delete)) {
                Files.delete(submission.resolve(sources(exercise)).resolve(line));
            }
        }
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Matcher matcher = PACKAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
                String pkg = matcher.find() ? matcher.group(1) : "";
                Path dir = Files.createDirectories(submission.resolve(sources(exercise)).resolve(pkg.replace('.', '/')));
                Files.write(dir.resolve(file.getFileName().toString()), bytes);
            }
        }
        Path verbatim = fixture.resolve("submission");
        if (Files.isDirectory(verbatim)) {
            try (Stream<Path> files = Files.walk(verbatim)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = submission.resolve(verbatim.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Writes one learner class into an exercise, in its package's folder.
     *
     * @param submission the submission
     * @param exercise the exercise's id
     * @param fileName the file's name, for example {@code SequentialDownloader.java}
     * @param source the class's source
     */
    static void write(Path submission, String exercise, String fileName, String source) throws IOException {
        Matcher matcher = PACKAGE.matcher(source);
        String pkg = matcher.find() ? matcher.group(1) : "";
        Path dir = submission.resolve(sources(exercise)).resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(fileName), source, StandardCharsets.UTF_8);
    }

    /**
     * Copies a folder with everything in it.
     *
     * @param from the folder
     * @param to where the copy goes
     */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /**
     * The lines of a fixture's {@code expect.txt}, without blanks and {@code #} comments.
     *
     * @param file the file
     * @return the lines
     */
    static List<String> expectations(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a submission to a class: as a folder, a zip or a bare git repository, in turn.
     *
     * @param klass the class folder
     * @param name the learner's name
     * @param submission the submission folder
     * @param turn which form: 0 a folder, 1 a zip, 2 a bare git repository (modulo 3)
     */
    static void addToClass(Path klass, String name, Path submission, int turn) throws Exception {
        switch (turn % 3) {
            case 0 -> copyTree(submission, klass.resolve(name));
            case 1 -> zip(submission, klass.resolve(name + ".zip"), name + "/");
            default -> bareRepository(submission, klass.resolve(name + ".git"));
        }
    }

    private static void zip(Path from, Path zip, String prefix) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + from.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void bareRepository(Path from, Path bare) throws Exception {
        Path tree = bare.resolveSibling("." + bare.getFileName() + "-tree");
        copyTree(from, tree);
        git(tree, "init", "-q");
        git(tree, "add", ".");
        git(tree, "commit", "-q", "-m", "submission");
        git(bare.getParent(), "clone", "-q", "--bare", tree.toString(), bare.toString());
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(output).isZero();
    }
}
