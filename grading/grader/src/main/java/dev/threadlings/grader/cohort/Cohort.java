package dev.threadlings.grader.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The submissions of a class: every folder, zip or repository directly inside one folder. */
public final class Cohort {

    private Cohort() {
    }

    /**
     * Finds the submissions in a folder, in name order. Names must be unique: two sources of one name (a
     * folder {@code alice/} and {@code alice.zip}) are refused, since their results would overwrite each other.
     *
     * @param folder the class's folder
     * @return the submissions; empty when there are none
     * @throws IOException when the folder cannot be read, or two submissions share a name
     */
    public static List<SubmissionSource> discover(Path folder) throws IOException {
        List<SubmissionSource> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                if (child.getFileName().toString().startsWith(".")) {
                    continue;
                }
                SubmissionSource.of(child.toString()).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(SubmissionSource::name));
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).name().equals(found.get(i - 1).name())) {
                throw new IOException("two submissions are named " + found.get(i).name() + ": "
                        + found.get(i - 1).location() + " and " + found.get(i).location() + "; rename one");
            }
        }
        return found;
    }
}
