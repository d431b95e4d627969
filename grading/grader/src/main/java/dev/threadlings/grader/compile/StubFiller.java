package dev.threadlings.grader.compile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Fills the gaps of a learner's classes with the exercise's stubs.
 *
 * <p>A class the learner deleted would make every hidden test that names it fail with a
 * {@code NoClassDefFoundError}; its stub instead makes those tests "not attempted".
 */
public final class StubFiller {

    private StubFiller() {
    }

    /**
     * Copies each top-level class of the stubs jar that {@code classesDir} lacks, with its nested classes.
     *
     * @param stubsJar the exercise's stubs jar
     * @param classesDir the learner's compiled classes
     * @return the names of the classes taken from the stubs, sorted
     * @throws IOException when the jar cannot be read or a class written
     */
    public static List<String> fill(Path stubsJar, Path classesDir) throws IOException {
        TreeSet<String> filled = new TreeSet<>();
        try (JarFile jar = new JarFile(stubsJar.toFile())) {
            List<JarEntry> classes = new ArrayList<>();
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().endsWith(".class")
                        && !entry.getName().startsWith("META-INF/") && !entry.getName().endsWith("module-info.class")) {
                    classes.add(entry);
                }
            }
            TreeSet<String> missing = new TreeSet<>();
            for (JarEntry entry : classes) {
                String topLevel = topLevelEntry(entry.getName());
                if (!Files.exists(classesDir.resolve(topLevel))) {
                    missing.add(topLevel);
                }
            }
            for (JarEntry entry : classes) {
                String topLevel = topLevelEntry(entry.getName());
                if (!missing.contains(topLevel)) {
                    continue;
                }
                Path target = classesDir.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                filled.add(topLevel.substring(0, topLevel.length() - ".class".length()).replace('/', '.'));
            }
        }
        return new ArrayList<>(filled);
    }

    /**
     * The top-level classes of {@code classesDir} that the stubs do not have: the learner's own helpers, or
     * a class of the handout under another name.
     *
     * @param stubsJar the exercise's stubs jar
     * @param classesDir the learner's compiled classes
     * @return their simple names, sorted
     * @throws IOException when the jar or the folder cannot be read
     */
    public static List<String> unknown(Path stubsJar, Path classesDir) throws IOException {
        TreeSet<String> stubs = new TreeSet<>();
        try (JarFile jar = new JarFile(stubsJar.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                stubs.add(topLevelEntry(entries.nextElement().getName()));
            }
        }
        TreeSet<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String entry = topLevelEntry(classesDir.relativize(file).toString().replace('\\', '/'));
                if (!stubs.contains(entry)) {
                    String name = entry.substring(entry.lastIndexOf('/') + 1);
                    unknown.add(name.substring(0, name.length() - ".class".length()));
                }
            }
        }
        return new ArrayList<>(unknown);
    }

    private static String topLevelEntry(String entryName) {
        int slash = entryName.lastIndexOf('/');
        int dollar = entryName.indexOf('$', slash + 1);
        return dollar < 0 ? entryName : entryName.substring(0, dollar) + ".class";
    }
}
