package dev.threadlings.grader.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What compiling a learner's sources gave.
 *
 * @param success whether every source compiled
 * @param classesDir where the classes went
 * @param errors how many errors the compiler reported
 * @param diagnostics the errors as javac prints them: {@code File.java:12: error: ...}, the source line, a caret
 * @param sourceCount how many source files were compiled
 */
public record CompileResult(boolean success, Path classesDir, int errors, List<String> diagnostics, int sourceCount) {

    /** Copies the diagnostics. */
    public CompileResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The first diagnostic lines, for a report.
     *
     * @param max how many lines at most
     * @return the lines, with a last line that counts what was left out
     */
    public List<String> firstLines(int max) {
        if (diagnostics.size() <= max) {
            return diagnostics;
        }
        List<String> lines = new ArrayList<>(diagnostics.subList(0, max));
        lines.add("... (" + (diagnostics.size() - max) + " more lines; " + errors + " error"
                + (errors == 1 ? "" : "s") + " in all)");
        return lines;
    }
}
