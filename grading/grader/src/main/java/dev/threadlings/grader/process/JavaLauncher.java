package dev.threadlings.grader.process;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the command lines of the grader's test JVMs. */
public final class JavaLauncher {

    /**
     * The heap limit of a test JVM. It also ends at its first {@code OutOfMemoryError}, saying so, rather
     * than go on in a state no test can trust; a crash leaves its {@code hs_err} file in the JVM's working
     * folder and no core dump.
     */
    public static final int MAX_HEAP_MB = 512;

    /** The heap limit of a test JVM as a JVM option. */
    public static final String MAX_HEAP = "-Xmx" + MAX_HEAP_MB + "m";

    private JavaLauncher() {
    }

    /**
     * The {@code java} of the running JVM.
     *
     * @return {@code <java.home>/bin/java}
     */
    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The command that runs {@code mainClass} on a class path in a memory-limited JVM.
     *
     * @param classPath the entries, in order: earlier ones win
     * @param mainClass the main class
     * @param args its arguments
     * @return the command
     */
    public static List<String> command(List<Path> classPath, String mainClass, List<String> args) {
        return command(classPath, mainClass, args, null);
    }

    /**
     * The command that runs {@code mainClass} on a class path in a memory-limited JVM whose temporary
     * files go to a folder of the grader's.
     *
     * @param classPath the entries, in order: earlier ones win
     * @param mainClass the main class
     * @param args its arguments
     * @param tmpDir its {@code java.io.tmpdir}: the test JVM ends with a halt, which runs no clean-up, so
     *     what it leaves there is deleted with the grader's scratch folder; {@code null} for the default
     * @return the command
     */
    public static List<String> command(List<Path> classPath, String mainClass, List<String> args, Path tmpDir) {
        return command(classPath, mainClass, args, tmpDir, false);
    }

    /**
     * The command that runs {@code mainClass} as {@link #command(List, String, List, Path)} does, optionally with
     * the quick start of a JVM that times nothing: C1 only and a serial collector, which on two cores cost a
     * fraction of the CPU that C2's compiler threads and G1's workers take in a run of a few seconds.
     *
     * @param classPath the entries, in order: earlier ones win
     * @param mainClass the main class
     * @param args its arguments
     * @param tmpDir its {@code java.io.tmpdir}, or {@code null} for the default
     * @param quickStart whether to start quickly; never for a JVM whose tests time a computation against another
     * @return the command
     */
    public static List<String> command(List<Path> classPath, String mainClass, List<String> args, Path tmpDir,
            boolean quickStart) {
        return command(classPath, mainClass, args, tmpDir, quickStart, List.of());
    }

    /**
     * The command of {@link #command(List, String, List, Path, boolean)} with more JVM options, such as a class
     * archive's ({@link ClassArchive#options}).
     *
     * @param classPath the entries, in order: earlier ones win
     * @param mainClass the main class
     * @param args its arguments
     * @param tmpDir its {@code java.io.tmpdir}, or {@code null} for the default
     * @param quickStart whether to start quickly; never for a JVM whose tests time a computation against another
     * @param options more JVM options
     * @return the command
     */
    public static List<String> command(List<Path> classPath, String mainClass, List<String> args, Path tmpDir,
            boolean quickStart, List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(options);
        if (quickStart) {
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
        }
        command.add(MAX_HEAP);
        command.add("-XX:MaxDirectMemorySize=256m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:-CreateCoredumpOnCrash");
        command.add("-Xshare:auto");
        command.add("-Djava.awt.headless=true");
        if (tmpDir != null) {
            command.add("-Djava.io.tmpdir=" + tmpDir);
        }
        command.add("-cp");
        command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
