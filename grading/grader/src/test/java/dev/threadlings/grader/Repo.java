package dev.threadlings.grader;

import java.nio.file.Path;

/** Where the project's tests find the repository: the build passes it, and from the grader module it is {@code ../..}. */
public final class Repo {

    /** The repository's root folder. */
    public static final Path ROOT = Path.of(System.getProperty("threadlings.repo", "../..")).toAbsolutePath()
            .normalize();

    private Repo() {
    }
}
