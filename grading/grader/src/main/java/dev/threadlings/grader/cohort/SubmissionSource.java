package dev.threadlings.grader.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where one learner's submission comes from: a folder (a copy of the kit with {@code exercises/}), a zip of
 * one, or a git repository on the local disk (a path or a {@code file://} URL), graded at its {@code HEAD}.
 * A work tree with {@code exercises/} is graded as the folder it is, uncommitted changes included.
 *
 * @param name the learner's name in the gradebook: the folder's, zip's or repository's name
 * @param kind how the submission is stored
 * @param location the folder, the zip file, or the repository's path or URL
 */
public record SubmissionSource(String name, Kind kind, String location) {

    /** How a submission is stored. */
    public enum Kind {
        /** A folder with {@code exercises/}. */
        FOLDER,
        /** A zip file of such a folder (the folder itself, or its contents). */
        ZIP,
        /** A git repository on the local disk. */
        GIT,
        /**
         * An entry of a class's folder that is none of these (a folder without {@code exercises/}, a file that
         * is no zip): it still gets a gradebook row, with no points and what it is instead.
         */
        NOT_A_SUBMISSION
    }

    /** The most bytes a zip may unpack to: a submission is sources, not data. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    /**
     * Recognises one submission.
     *
     * @param argument a folder, a zip file, a repository path or a {@code file://} URL
     * @return the source, or empty when the argument is none of these (a folder of many submissions, say)
     */
    public static Optional<SubmissionSource> of(String argument) {
        if (argument.startsWith("file://")) {
            Path path = Path.of(URI.create(argument));
            return isRepository(path) ? Optional.of(new SubmissionSource(repositoryName(path), Kind.GIT, argument))
                    : Optional.empty();
        }
        Path path = Path.of(argument);
        String file = path.getFileName() == null ? argument : path.getFileName().toString();
        if (Files.isRegularFile(path) && file.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return Optional.of(new SubmissionSource(file.substring(0, file.length() - 4), Kind.ZIP, argument));
        }
        if (Files.isDirectory(path.resolve("exercises"))) {
            return Optional.of(new SubmissionSource(file, Kind.FOLDER, argument));
        }
        if (isRepository(path)) {
            return Optional.of(new SubmissionSource(repositoryName(path), Kind.GIT, argument));
        }
        return Optional.empty();
    }

    /**
     * An entry of a class's folder that is not a submission, so that the gradebook still has a row for it.
     *
     * @param entry the folder or file
     * @return the source, named by the entry's file name
     */
    public static SubmissionSource notASubmission(Path entry) {
        return new SubmissionSource(entry.getFileName().toString(), Kind.NOT_A_SUBMISSION, entry.toString());
    }

    /**
     * Why this entry is not a submission, in words for the gradebook.
     *
     * @return for example "not a submission: a folder without exercises/ (it holds README.md)"
     */
    public String whyNotASubmission() {
        Path path = Path.of(location);
        if (!Files.isDirectory(path)) {
            return "not a submission: a file that is neither a zip nor a folder (" + path.getFileName() + ")";
        }
        List<String> names;
        try (Stream<Path> children = Files.list(path)) {
            names = children.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
        } catch (IOException e) {
            return "not a submission: a folder that cannot be read (" + e.getMessage() + ")";
        }
        String holds = names.isEmpty() ? "it is empty" : "it holds " + String.join(", ",
                names.subList(0, Math.min(names.size(), 5))) + (names.size() > 5 ? ", ..." : "");
        return "not a submission: a folder without exercises/ and not a git repository (" + holds + ")";
    }

    /** A bare repository ({@code HEAD} and {@code objects/}) or a work tree with {@code .git}. */
    private static boolean isRepository(Path path) {
        return Files.isDirectory(path) && (Files.exists(path.resolve(".git"))
                || (Files.isRegularFile(path.resolve("HEAD")) && Files.isDirectory(path.resolve("objects"))));
    }

    private static String repositoryName(Path path) {
        String name = path.toAbsolutePath().normalize().getFileName().toString();
        return name.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * Makes the submission a folder to grade.
     *
     * @param work a scratch folder of this submission's own
     * @return the folder holding {@code exercises/}: the source folder itself, or an unpacked copy
     * @throws IOException when the zip is broken or unsafe, or git fails; the message says which
     */
    public Path materialize(Path work) throws IOException {
        return switch (kind) {
            case FOLDER -> Path.of(location);
            case ZIP -> rootOf(unzip(Path.of(location), Files.createDirectories(work.resolve("unzipped"))));
            case GIT -> rootOf(clone(Files.createDirectories(work).resolve("clone")));
            case NOT_A_SUBMISSION -> throw new IOException(whyNotASubmission());
        };
    }

    /** The folder under {@code dir} that holds {@code exercises/}: {@code dir} itself or its only folder. */
    private Path rootOf(Path dir) throws IOException {
        if (Files.isDirectory(dir.resolve("exercises"))) {
            return dir;
        }
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> folders = children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".")
                            && !p.getFileName().toString().equals("__MACOSX"))
                    .toList();
            if (folders.size() == 1 && Files.isDirectory(folders.get(0).resolve("exercises"))) {
                return folders.get(0);
            }
        }
        // Graded as it is: every exercise will say its folder is missing.
        return dir;
    }

    /**
     * Unpacks a zip, refusing entries that would land outside the target (".." or absolute paths) and
     * archives that unpack to more than {@link #MAX_UNPACKED_BYTES}.
     */
    static Path unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        long total = 0;
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root) || entry.getName().startsWith("/")) {
                    throw new IOException("the zip's entry " + entry.getName() + " would land outside its folder:"
                            + " refused");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry);
                        OutputStream out = Files.newOutputStream(destination)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            // checked as it unpacks: one entry of a zip bomb could fill the disk by itself
                            throw new IOException("the zip unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                                    + " MB: refused");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
            if (file.size() == 0) {
                throw new IOException("the zip is empty: it holds no file to grade");
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a readable zip file: " + e.getMessage(), e);
        }
        return target;
    }

    private Path clone(Path target) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "clone", "--quiet", "--depth", "1",
                "--no-tags", "--", location.startsWith("file://") ? location
                        : Path.of(location).toAbsolutePath().toUri().toString(), target.toString()));
        git(command, "clone " + location);
        return target;
    }

    /**
     * The commit the repository's {@code HEAD} names, without cloning it: a cheap fingerprint.
     *
     * @return the commit id
     * @throws IOException when git fails
     */
    String headCommit() throws IOException {
        String url = location.startsWith("file://") ? location : Path.of(location).toAbsolutePath().toString();
        String out = git(List.of("git", "ls-remote", "--", url, "HEAD"), "read HEAD of " + location);
        return out.isBlank() ? "empty" : out.split("\\s+")[0];
    }

    private static String git(List<String> command, String what) throws IOException {
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = git.getInputStream()) {
            out = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            if (!git.waitFor(120, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new IOException("git could not " + what + " within 120 s");
            }
        } catch (InterruptedException e) {
            git.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git tried to " + what, e);
        }
        if (git.exitValue() != 0) {
            throw new IOException("git could not " + what + ": " + out.strip());
        }
        return out;
    }
}
