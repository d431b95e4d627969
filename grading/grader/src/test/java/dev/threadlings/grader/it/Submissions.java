package dev.threadlings.grader.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Builds submission folders: a copy of the solutions, with learner classes laid over it. */
final class Submissions {

    /** Where exercise 01's learner sources sit in a submission. */
    static final Path SOURCES_01 = Path.of("exercises", "01-downloads", "src", "main", "java");

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private Submissions() {
    }

    /**
     * Makes a submission whose exercise 01 is the reference solution.
     *
     * @param submission the folder to make
     * @return the folder
     */
    static Path fromSolutions(Path submission) throws IOException {
        copyTree(GraderProcess.REPO.resolve("solutions/01-downloads/src/main/java"), submission.resolve(SOURCES_01));
        return submission;
    }

    /**
     * Lays every {@code .java} file of a folder over exercise 01's sources, each in its package's folder.
     *
     * @param submission the submission
     * @param classes a folder of {@code .java} files
     */
    static void overlay(Path submission, Path classes) throws IOException {
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                write(submission, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Writes one learner class into exercise 01, in its package's folder.
     *
     * @param submission the submission
     * @param fileName the file's name, for example {@code SequentialDownloader.java}
     * @param source the class's source
     */
    static void write(Path submission, String fileName, String source) throws IOException {
        Matcher matcher = PACKAGE.matcher(source);
        String pkg = matcher.find() ? matcher.group(1) : "";
        Path dir = submission.resolve(SOURCES_01).resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(fileName), source, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
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
}
