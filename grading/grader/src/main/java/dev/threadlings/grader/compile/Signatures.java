package dev.threadlings.grader.compile;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Compares the learner's classes with the exercise's stubs: every public constructor and method of a stub
 * is called by some hidden test, so a learner class that changed one (another parameter, another name)
 * makes those tests fail with a {@code NoSuchMethodError}. This names the change up front.
 *
 * <p>Classes are loaded without being initialized, so no learner code runs in the grader's JVM.
 */
public final class Signatures {

    private Signatures() {
    }

    /**
     * The public constructors and methods of the stubs that the learner's classes lack.
     *
     * @param stubsJar the exercise's stubs jar
     * @param classesDir the learner's compiled classes (after missing classes were filled from the stubs)
     * @param libraries the kit and what the classes compile against
     * @return each one, described: {@code ThreadedSumOfSquares(int) is missing from ThreadedSumOfSquares}
     * @throws IOException when a jar cannot be read
     */
    public static List<String> missing(Path stubsJar, Path classesDir, List<Path> libraries) throws IOException {
        List<String> missing = new ArrayList<>();
        try (URLClassLoader parent = new URLClassLoader("threadlings-libraries", urls(libraries),
                ClassLoader.getPlatformClassLoader());
                URLClassLoader stubs = new URLClassLoader("threadlings-stubs", urls(List.of(stubsJar)), parent);
                URLClassLoader learner = new URLClassLoader("threadlings-learner", urls(List.of(classesDir)), parent)) {
            for (String name : publicClassesOf(stubsJar)) {
                if (!Files.exists(classesDir.resolve(name.replace('.', '/') + ".class"))) {
                    continue;
                }
                try {
                    Class<?> stub = Class.forName(name, false, stubs);
                    if (!Modifier.isPublic(stub.getModifiers())) {
                        continue;
                    }
                    Class<?> mine = Class.forName(name, false, learner);
                    Set<String> theirs = signatures(mine);
                    for (String signature : signatures(stub)) {
                        if (!theirs.contains(signature)) {
                            missing.add(signature + " is missing from " + stub.getSimpleName());
                        }
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    missing.add(name + " could not be loaded: " + e);
                }
            }
        }
        return missing;
    }

    private static Set<String> signatures(Class<?> type) {
        Set<String> found = new TreeSet<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers())) {
                found.add(describe(type.getSimpleName(), c));
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                found.add(m.getReturnType().getSimpleName() + " " + describe(m.getName(), m)
                        + (Modifier.isStatic(m.getModifiers()) ? " (static)" : ""));
            }
        }
        return found;
    }

    private static String describe(String name, Executable executable) {
        return name + Arrays.stream(executable.getParameterTypes()).map(Class::getTypeName)
                .map(t -> t.substring(t.lastIndexOf('.') + 1)).collect(Collectors.joining(", ", "(", ")"));
    }

    private static List<String> publicClassesOf(Path stubsJar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(stubsJar.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.contains("$")
                        && !entry.endsWith("module-info.class")) {
                    names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        return names;
    }

    private static URL[] urls(List<Path> paths) throws IOException {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = paths.get(i).toUri().toURL();
        }
        return urls;
    }
}
