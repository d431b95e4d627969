package dev.threadlings.grader.grade;

import java.io.PrintStream;
import java.util.Locale;

/** Prints progress lines, each with the seconds since grading began: {@code [grader 3.1s] ...}. */
public final class Progress {

    private final PrintStream out;
    private final long start = System.nanoTime();

    /**
     * Makes a progress printer.
     *
     * @param out where the lines go (standard error)
     */
    public Progress(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints one line.
     *
     * @param message what is happening
     */
    public void say(String message) {
        out.printf(Locale.ROOT, "[grader %.1fs] %s%n", (System.nanoTime() - start) / 1e9, message);
        out.flush();
    }
}
