package dev.threadlings.hidden.common;

import dev.threadlings.kit.CodeOwner;
import dev.threadlings.kit.code.ChildFirstLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The kit's reference strategies of one exercise, for calibrating speed tests in the same run.
 *
 * <p>A reference class has the same fully qualified name as the learner's class, so the two can never
 * share a class loader. The build copies the compiled solutions into the hidden tests under
 * {@value #ROOT}{@code <exercise>/target/classes/} (each solution module's output folder), a folder that is not a class path root (its name is no Java
 * package), so no class path lookup finds them and learner code that asks for
 * {@code dev.threadlings.sumsquares.ThreadedSumOfSquares} always gets its own class. Here they are copied
 * to a temporary folder and loaded child-first by a loader of their own, whose parent supplies the kit
 * (the shared interfaces). Child JVMs started by a reference strategy run reference classes too, since
 * {@code JavaCommand} puts a main class's own location first on the child's class path.
 */
public final class Reference {

    /** Where the build puts the reference classes inside the hidden tests. */
    static final String ROOT = "threadlings-reference/";

    private static final Map<String, Reference> LOADED = new ConcurrentHashMap<>();

    private final ChildFirstLoader loader;

    private Reference(ChildFirstLoader loader) {
        this.loader = loader;
    }

    /**
     * The reference strategies of an exercise, loaded once per JVM.
     *
     * @param exercise the exercise folder's name, for example {@code "02-sum-of-squares"}
     * @return its reference strategies
     */
    public static Reference of(String exercise) {
        refuseLearnerCallers();
        return LOADED.computeIfAbsent(exercise, Reference::load);
    }

    /**
     * Fails when learner code is on the calling stack: the reference is the tests' yardstick, and a
     * strategy that hands its work to it would be graded as the reference. A learner class is one of an
     * exercise's packages ({@code dev.threadlings.<exercise>}) loaded by the class path's loader, not by a
     * reference loader.
     */
    private static void refuseLearnerCallers() {
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).forEach(frame -> {
            Class<?> type = frame.getDeclaringClass();
            if (isLearnerClass(type)) {
                SecurityException refusal = new SecurityException(type.getName() + "." + frame.getMethodName()
                        + " asked for the kit's reference strategies: they are the tests' yardstick, not a library;"
                        + " a strategy that calls them earns nothing");
                // the learner's frame first: the walk's own frames say nothing to a learner
                StackTraceElement[] stack = refusal.getStackTrace();
                for (int i = 0; i < stack.length; i++) {
                    if (stack[i].getClassName().equals(type.getName())) {
                        refusal.setStackTrace(Arrays.copyOfRange(stack, i, stack.length));
                        break;
                    }
                }
                throw refusal;
            }
        });
    }

    private static boolean isLearnerClass(Class<?> type) {
        return CodeOwner.of(type.getName()) == CodeOwner.EXERCISE && !ChildFirstLoader.isReference(type);
    }

    /**
     * Makes a reference strategy.
     *
     * @param type the kit interface it implements
     * @param simpleName the class's simple name, in the interface's package
     * @param args the constructor's arguments; {@code Integer} arguments match {@code int} parameters
     * @param <T> the interface
     * @return a new instance of the reference class, as the interface
     */
    public <T> T create(Class<T> type, String simpleName, Object... args) {
        refuseLearnerCallers();
        String name = type.getPackageName() + "." + simpleName;
        try {
            return loader.create(type, name, args);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the reference class " + name + " is missing from the hidden tests: build"
                    + " them with the solutions (./mvnw -pl grading/hidden -am)", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the reference " + name + " failed to start: " + e.getCause(), e);
        }
    }

    private static Reference load(String exercise) {
        try {
            Path folder = Files.createTempDirectory("threadlings-reference-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            int copied = copy(ROOT + exercise + "/target/classes/", folder);
            if (copied == 0) {
                throw new IllegalStateException("no reference classes for " + exercise + " in the hidden tests at "
                        + codeSource() + ": build them with the solutions (./mvnw -pl grading/hidden -am)");
            }
            return new Reference(new ChildFirstLoader("threadlings-reference", folder.toUri().toURL(),
                    Reference.class.getClassLoader(), true));
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the reference classes of " + exercise, e);
        }
    }

    private static Path codeSource() {
        try {
            return Path.of(Reference.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the hidden tests' location is not a file", e);
        }
    }

    /** Copies every file under {@code prefix} of the hidden tests (a folder or a jar) into {@code target}. */
    private static int copy(String prefix, Path target) throws IOException {
        Path source = codeSource();
        int copied = 0;
        if (Files.isDirectory(source)) {
            Path from = source.resolve(prefix);
            if (!Files.isDirectory(from)) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Path to = target.resolve(from.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                    copied++;
                }
            }
            return copied;
        }
        try (JarFile jar = new JarFile(source.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                Path to = target.resolve(entry.getName().substring(prefix.length())).normalize();
                if (!to.startsWith(target)) {
                    throw new IOException("a reference entry escapes its folder: " + entry.getName());
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, to);
                }
                copied++;
            }
        }
        return copied;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing a shutdown for
        }
    }
}
