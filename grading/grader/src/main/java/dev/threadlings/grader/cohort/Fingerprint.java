package dev.threadlings.grader.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a grading's result depends on, as one hash: the learner's sources and the grader's settings. A
 * submission whose fingerprint matches its last grading is not graded again.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * The fingerprint of a submission under some settings: for a folder, every file under
     * {@code exercises/*}{@code /src/main/java} (the only files the grader reads); for a zip, its bytes; for a
     * repository, the commit of its {@code HEAD}.
     *
     * @param source the submission
     * @param settings everything else the result depends on: grader version, exercises, options
     * @return a hex SHA-256
     * @throws IOException when the submission cannot be read
     */
    static String of(SubmissionSource source, String settings) throws IOException {
        MessageDigest digest = sha256();
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(source.kind().name().getBytes(StandardCharsets.UTF_8));
        switch (source.kind()) {
            case FOLDER -> folder(digest, Path.of(source.location()));
            case ZIP -> file(digest, Path.of(source.location()));
            case GIT -> digest.update(source.headCommit().getBytes(StandardCharsets.UTF_8));
            case NOT_A_SUBMISSION -> digest.update(source.whyNotASubmission().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What identifies one of the grader's own jars, read twice for every class: its size, its modification time and,
     * where the file system keeps them, its inode and change time (which no program can set back), and a CRC-32 of its
     * bytes (zlib's, native: about 0.05 s of CPU for the 37 MB of jars, where SHA-256 took 0.6 s in the grader's
     * JVM, which runs without the optimizing compiler that makes digests fast). A jar rewritten in any way, even to
     * the same bytes with its time set back, gets another identity on Linux and macOS; elsewhere, another content.
     *
     * @param file the jar
     * @return its identity
     * @throws IOException when it cannot be read
     */
    static String ofJar(Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        java.nio.file.attribute.BasicFileAttributes basic = Files.readAttributes(file,
                java.nio.file.attribute.BasicFileAttributes.class);
        StringBuilder identity = new StringBuilder().append(basic.size()).append('/')
                .append(basic.lastModifiedTime().toMillis()).append('/').append(basic.fileKey());
        try {
            identity.append('/').append(Files.getAttribute(file, "unix:ctime"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no change time on this file system: the content's CRC stands for it
        }
        return identity.append('/').append(Long.toHexString(crc.getValue())).toString();
    }

    private static void folder(MessageDigest digest, Path root) throws IOException {
        Path exercises = root.resolve("exercises");
        if (!Files.isDirectory(exercises)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(exercises)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> exercises.relativize(p).toString().replace('\\', '/').matches("[^/]+/src/main/java/.*"))
                    .sorted().toList();
        }
        for (Path file : files) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            file(digest, file);
        }
    }

    private static void file(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
