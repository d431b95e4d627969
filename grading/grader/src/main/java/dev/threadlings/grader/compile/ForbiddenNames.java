package dev.threadlings.grader.compile;

import dev.threadlings.kit.CodeOwner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds learner classes that name the grader's own code: the hidden tests (and the reference strategies
 * inside them) or the grader; or the yardstick the learner's speed checks measure against (a strategy that ran on
 * it would be measured against itself). Learner code has no business there; a class that names them is trying to
 * read expected values, call the reference, or write results.
 *
 * <p>It reads the names in the class files' constant pools (class references and string constants, where
 * javac puts even a name built from literals), so it costs nothing at run time. Names assembled at run
 * time escape it; the reference strategies also refuse learner callers, and results are signed.
 */
public final class ForbiddenNames {

    /** The names no learner class may hold, as they appear in class files. */
    static final List<String> NAMES = Stream.concat(
            Stream.of(CodeOwner.HIDDEN_TESTS, CodeOwner.GRADER).map(CodeOwner::prefix)
                    .map(p -> p.substring(0, p.length() - 1))
                    .flatMap(p -> Stream.of(p.replace('.', '/'), p)),
            Stream.of("threadlings-reference", "dev/threadlings/kit/measure/Plain",
                    "dev.threadlings.kit.measure.Plain")).toList();

    private ForbiddenNames() {
    }

    /**
     * The learner classes that hold a forbidden name, each with the first name it holds.
     *
     * @param classesDir the learner's compiled classes
     * @return {@code com.example.Cheat names dev.threadlings.hidden}, sorted
     * @throws IOException when a class file cannot be read
     */
    public static List<String> found(Path classesDir) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String name : NAMES) {
                    if (bytes.contains(name)) {
                        String entry = classesDir.relativize(file).toString().replace('\\', '/');
                        found.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.')
                                + " names " + name.replace('/', '.'));
                        break;
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
