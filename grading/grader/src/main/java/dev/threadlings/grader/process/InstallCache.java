package dev.threadlings.grader.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an installation keeps between gradings to save work that never depends on a submission: the class archive
 * of the test JVMs, the plan of the hidden tests. Each file sits beside the installation's jar and is named by a
 * digest of what it was made from (the JDK, every jar's path, size and time, and more words), so a rebuilt grader or
 * another JDK makes new ones; each is written under another name and moved into place, so graders running at once
 * never read half a file. Where the folder cannot be written nothing is kept, and gradings simply redo the work.
 */
public final class InstallCache {

    private InstallCache() {
    }

    /**
     * The file of one kept result.
     *
     * @param home the installation
     * @param kind what it is, such as {@code grading} or {@code plan}: the folder and the name's start
     * @param extension the file's extension, such as {@code jsa}
     * @param inputs the files it was made from
     * @param words anything else it depends on
     * @return the file, whether it exists or not
     */
    public static Path file(GraderHome home, String kind, String extension, List<Path> inputs, String... words) {
        StringBuilder identity = new StringBuilder(System.getProperty("java.home")).append('|')
                .append(Runtime.version());
        for (Path entry : inputs) {
            identity.append('|').append(entry.toAbsolutePath());
            try {
                identity.append(':').append(Files.size(entry)).append(':').append(Files.getLastModifiedTime(entry)
                        .toMillis());
            } catch (IOException e) {
                identity.append(":missing");
            }
        }
        for (String word : words) {
            identity.append('|').append(word);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return home.self().toAbsolutePath().getParent().resolve("cache").resolve(kind + "-"
                    + HexFormat.of().formatHex(digest, 0, 8) + "." + extension);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
        }
    }

    /**
     * A name beside a kept file to write it under before {@link #publish}.
     *
     * @param file the kept file
     * @return the temporary name, in a folder that exists
     * @throws IOException when the folder cannot be made
     */
    public static Path temporary(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return file.resolveSibling(file.getFileName() + ".part-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime());
    }

    /**
     * Moves a finished file into its place; gives up quietly (and deletes it) when it cannot.
     *
     * @param temporary the finished file, from {@link #temporary}
     * @param file the kept file
     */
    public static void publish(Path temporary, Path file) {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a folder that cannot move atomically: keep nothing
        } catch (IOException e) {
            // a folder that cannot be written: keep nothing
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // left for the next clean
            }
        }
    }
}
