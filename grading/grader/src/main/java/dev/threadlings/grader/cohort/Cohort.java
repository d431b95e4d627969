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
     * Finds the submissions in a folder, in name order. Every entry but hidden ones (and the output folder)
     * is a learner: one that is no submission (a folder without {@code exercises/}) is kept as
     * {@link SubmissionSource.Kind#NOT_A_SUBMISSION}, so that nobody vanishes from the gradebook. Names must
     * be unique: two sources of one name (a folder {@code alice/} and {@code alice.zip}) are refused, since
     * their results would overwrite each other.
     *
     * @param folder the class's folder
     * @param outDir where the results go, which is no learner even inside {@code folder}
     * @return the learners; empty when no entry is a submission (then the folder is one submission, broken)
     * @throws IOException when the folder cannot be read, or two submissions share a name
     */
    public static List<SubmissionSource> discover(Path folder, Path outDir) throws IOException {
        List<SubmissionSource> found = new ArrayList<>();
        Path out = outDir.toAbsolutePath().normalize();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                if (child.getFileName().toString().startsWith(".") || child.toAbsolutePath().normalize().equals(out)) {
                    continue;
                }
                found.add(SubmissionSource.of(child.toString())
                        .orElseGet(() -> SubmissionSource.notASubmission(child)));
            }
        }
        if (found.stream().allMatch(s -> s.kind() == SubmissionSource.Kind.NOT_A_SUBMISSION)) {
            return List.of();
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
