package dev.threadlings.grader.compile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Prints compiler diagnostics as javac does: location and message, then the source line and a caret. */
final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * Formats one diagnostic.
     *
     * @param d the diagnostic
     * @param sourceRoot paths are shown relative to it
     * @return its lines
     */
    static List<String> format(Diagnostic<? extends JavaFileObject> d, Path sourceRoot) {
        List<String> lines = new ArrayList<>();
        String where = d.getSource() == null ? "" : relative(d.getSource(), sourceRoot)
                + (d.getLineNumber() > 0 ? ":" + d.getLineNumber() : "") + ": ";
        String kind = d.getKind().toString().toLowerCase(Locale.ROOT);
        String[] message = d.getMessage(Locale.ENGLISH).split("\\R");
        lines.add(where + kind + ": " + message[0]);
        for (int i = 1; i < message.length; i++) {
            lines.add("  " + message[i]);
        }
        sourceLine(d).ifPresent(source -> {
            lines.add("    " + source);
            long column = d.getColumnNumber();
            if (column > 0) {
                lines.add("    " + " ".repeat((int) column - 1) + "^");
            }
        });
        return lines;
    }

    private static String relative(JavaFileObject source, Path root) {
        try {
            Path path = Path.of(source.toUri());
            return root.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString();
        } catch (RuntimeException e) {
            return source.getName();
        }
    }

    private static Optional<String> sourceLine(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getLineNumber() <= 0) {
            return Optional.empty();
        }
        try {
            String[] all = d.getSource().getCharContent(true).toString().split("\\R", -1);
            long index = d.getLineNumber() - 1;
            return index < all.length ? Optional.of(expandTabs(all[(int) index]))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String expandTabs(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % 8 != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
