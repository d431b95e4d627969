package dev.threadlings.grader.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Scratch folders: removing them once grading is done. */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes a folder and everything in it, leaving behind whatever cannot be deleted (it stays in the
     * system's temporary folder).
     *
     * @param root the folder
     */
    public static void deleteQuietly(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Left in the temporary folder.
                }
            });
        } catch (IOException e) {
            // Left in the temporary folder.
        }
    }
}
