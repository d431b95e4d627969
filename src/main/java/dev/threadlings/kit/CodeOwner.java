package dev.threadlings.kit;

/**
 * Whose code a class is, by its package: the one place that decides it for the kit, the hidden tests and the
 * grader (which frames a learner's thread dump shows, who may call the reference strategies, which names a
 * learner's classes must not hold).
 */
public enum CodeOwner {

    /** The grader itself. */
    GRADER("dev.threadlings.grader."),

    /** The hidden tests and the reference strategies inside them. */
    HIDDEN_TESTS("dev.threadlings.hidden."),

    /** The kit's own packages, which name no exercise. */
    KIT("dev.threadlings.kit."),

    /** An exercise's package: the learner's classes, beside the contracts and messages the kit puts there. */
    EXERCISE("dev.threadlings."),

    /** Anything else: the JDK, libraries. */
    OTHER("");

    private final String prefix;

    CodeOwner(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Whose a class is.
     *
     * @param className a class's binary name (or a stack frame that starts with one)
     * @return its owner
     */
    public static CodeOwner of(String className) {
        for (CodeOwner owner : values()) {
            if (className.startsWith(owner.prefix)) {
                return owner;
            }
        }
        return OTHER;
    }

    /**
     * The package prefix of the owner's classes.
     *
     * @return for example {@code dev.threadlings.grader.}; empty for {@link #OTHER}
     */
    public String prefix() {
        return prefix;
    }

    /**
     * Whether a learner's thread dump shows the owner's frames: the project's code but the grader's.
     *
     * @return true for the kit, the hidden tests and the exercises
     */
    public boolean shownToLearners() {
        return this != GRADER && this != OTHER;
    }
}
