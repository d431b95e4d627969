package dev.threadlings.grader.process;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the command lines of the grader's test JVMs. */
public final class JavaLauncher {

    /** The heap limit of a test JVM. */
    public static final String MAX_HEAP = "-Xmx512m";

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
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.add(MAX_HEAP);
        command.add("-Xshare:auto");
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
