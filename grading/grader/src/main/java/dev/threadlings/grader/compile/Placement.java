package dev.threadlings.grader.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds learner classes outside the exercise's packages.
 *
 * <p>The hidden tests and the kit run in the same JVM as the learner's classes. A learner class in one of
 * their packages could reach their package-private parts, and one with a kit class's name would be a
 * second copy of it; so a class may only live where the exercise's stubs put theirs (or below).
 */
public final class Placement {

    private Placement() {
    }

    /**
     * The packages of the exercise: those of its stubs.
     *
     * @param stubsJar the exercise's stubs jar
     * @return the packages, as folder names ending in {@code /}, for example {@code dev/threadlings/sumsquares/}
     * @throws IOException when the jar cannot be read
     */
    public static TreeSet<String> packagesOf(Path stubsJar) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (JarFile jar = new JarFile(stubsJar.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && name.contains("/")
                        && !name.endsWith("module-info.class")) {
                    packages.add(name.substring(0, name.lastIndexOf('/') + 1));
                }
            }
        }
        return packages;
    }

    /**
     * The classes compiled outside the exercise's packages.
     *
     * @param classesDir the learner's compiled classes
     * @param packages the exercise's packages, as {@link #packagesOf(Path)} gives them
     * @return their names, sorted ({@code com.example.Helper}; a class in no package is named as it is)
     * @throws IOException when the folder cannot be listed
     */
    public static List<String> outside(Path classesDir, TreeSet<String> packages) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String entry = classesDir.relativize(file).toString().replace('\\', '/');
                if (packages.stream().noneMatch(entry::startsWith)) {
                    String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                    int nested = name.indexOf('$');
                    found.add(nested < 0 ? name : name.substring(0, nested));
                }
            }
        }
        return List.copyOf(found);
    }
}
