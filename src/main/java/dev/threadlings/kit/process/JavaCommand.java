package dev.threadlings.kit.process;

import dev.threadlings.kit.kernels.KernelLog;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line that starts a child JVM running a given main class.
 *
 * <p>The child runs the same {@code java} as the current JVM ({@code java.home}) with the same class
 * path ({@code java.class.path}), so it sees the same classes. Pass the result to a
 * {@link ProcessBuilder}: starting, feeding and stopping the process is the caller's job.
 *
 * <p>A main class loaded from somewhere else than the class path (by a class loader of its own, as the
 * hidden tests load the kit's reference strategies) has its own location put first on the child's
 * class path, so the child runs that very class.
 *
 * <p>{@link #forMain} tunes the JVM for short-lived workers that mostly wait (I/O): only the quick C1
 * compiler, the serial collector and no performance-data file, which cut the start-up of four workers
 * started together on two cores from about 2.4 s to about 1.1 s. {@link #forCpuBoundMain} keeps the full
 * JIT, which CPU-heavy workers need (C1 alone runs hot loops several times slower).
 */
public final class JavaCommand {

    private JavaCommand() {
    }

    /**
     * The command that runs {@code mainClass} in a new JVM.
     *
     * @param mainClass a class with a {@code public static void main(String[])}
     * @param args the arguments for {@code main}
     * @return a mutable command list: {@code java -cp <class path> <main class> <args>}
     */
    public static List<String> forMain(Class<?> mainClass, String... args) {
        return command(mainClass, true, args);
    }

    /**
     * The command that runs {@code mainClass} in a new JVM with the full JIT, for CPU-bound workers.
     *
     * @param mainClass a class with a {@code public static void main(String[])}
     * @param args the arguments for {@code main}
     * @return a mutable command list: {@code java -cp <class path> <main class> <args>}
     */
    public static List<String> forCpuBoundMain(Class<?> mainClass, String... args) {
        return command(mainClass, false, args);
    }

    private static List<String> command(Class<?> mainClass, boolean quickStart, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        if (quickStart) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.add("-XX:+UseSerialGC");
        command.add("-XX:-UsePerfData");
        String kernelLog = System.getProperty(KernelLog.PROPERTY);
        if (kernelLog != null && !kernelLog.isEmpty()) {
            command.add("-D" + KernelLog.PROPERTY + "=" + kernelLog); // the child's kernel calls are recorded too
        }
        command.add("-Xshare:auto");
        String classPath = classPath(mainClass);
        command.addAll(sharedArchive(classPath, ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The class archive this JVM maps, for a child on the same class path: a grader's test JVM maps one made for
     * its class path, and its worker JVMs, which load many of the same classes (the kit, the HTTP client), start
     * with less CPU from it. Not an archive this JVM writes at its exit ({@code -XX:+AutoCreateSharedArchive}),
     * and not for another class path, for which the archive does not hold. The JVM's log goes to standard error,
     * never into a worker's answers on standard output.
     *
     * @param childClassPath the child's class path
     * @param ownOptions this JVM's options
     * @return the options that map the same archive, or none
     */
    static List<String> sharedArchive(String childClassPath, List<String> ownOptions) {
        if (!childClassPath.equals(System.getProperty("java.class.path"))
                || ownOptions.contains("-XX:+AutoCreateSharedArchive")) {
            return List.of();
        }
        return ownOptions.stream().filter(option -> option.startsWith("-XX:SharedArchiveFile=")).findFirst()
                .map(option -> List.of(option, "-Xlog:disable", "-Xlog:all=warning:stderr")).orElse(List.of());
    }

    /**
     * The class path a child running {@code mainClass} needs: this JVM's, with the class's own location
     * first when that location is not on it.
     *
     * @param mainClass the class the child runs
     * @return a class path in the platform's syntax
     */
    static String classPath(Class<?> mainClass) {
        String classPath = System.getProperty("java.class.path");
        java.security.CodeSource source = mainClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return classPath;
        }
        String own;
        try {
            own = Path.of(source.getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return classPath;
        }
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize()
                    .equals(Path.of(own).toAbsolutePath().normalize())) {
                return classPath;
            }
        }
        return own + java.io.File.pathSeparator + classPath;
    }

    /**
     * The {@code java} launcher of the running JVM.
     *
     * @return the path of {@code bin/java} under {@code java.home}
     */
    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
