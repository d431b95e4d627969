package dev.threadlings.kit.junit;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The grading categories; each graded test carries exactly one of them as a JUnit tag. */
public enum Category {
    /** The answers are right. */
    CORRECTNESS,
    /** The work really overlapped: evidence from the server journal, kernels or processes. */
    CONCURRENCY,
    /** The strategy was as fast as its bound, measured honestly. */
    SPEEDUP,
    /** The code has the shape the lesson asks for (ArchUnit). */
    ARCHITECTURE,
    /** Nothing is left behind: threads, executors, clients, processes. */
    HYGIENE;

    /**
     * The tag that marks a test of this category.
     *
     * @return the lower-case tag, for example {@code "correctness"}
     */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds the category among a test's tags.
     *
     * @param tags the tags of one test
     * @return the first tag that names a category, if any
     */
    public static Optional<Category> among(Collection<String> tags) {
        return Arrays.stream(values()).filter(c -> tags.contains(c.tag())).findFirst();
    }
}
