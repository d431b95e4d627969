package dev.threadlings.grader.compile;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a learner's sources in the grader's own JVM, with the JDK's compiler.
 *
 * <p>Options: {@code --release 21 -proc:none -encoding UTF-8}, so annotation processors on the class
 * path never run and the classes run on any JDK 21+.
 */
public final class LearnerCompiler {

    /** The Java release the classes are compiled for. */
    public static final String RELEASE = "21";

    private LearnerCompiler() {
    }

    /**
     * Compiles every {@code .java} file under {@code sourceDir} but {@code module-info.java}: learner code
     * runs on the class path.
     *
     * @param sourceDir the learner's source root, for example {@code exercises/01-downloads/src/main/java}
     * @param classPath what the sources compile against
     * @param classesDir where the classes go; created when missing
     * @return the result, with the errors as javac prints them (paths relative to {@code sourceDir})
     * @throws IOException when the sources cannot be listed or the output folder made
     */
    public static CompileResult compile(Path sourceDir, List<Path> classPath, Path classesDir) throws IOException {
        Files.createDirectories(classesDir);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(sourceDir)) {
            sources = files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))
                    .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                    .sorted().toList();
        }
        if (sources.isEmpty()) {
            return new CompileResult(false, classesDir, 1, List.of("no .java file in the exercise's folder"), 0);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the grader runs on a JRE without a Java compiler: run it with a JDK 21+");
        }
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        List<String> options = List.of(
                "--release", RELEASE, "-proc:none", "-encoding", "UTF-8", "-nowarn", "-implicit:none",
                "-Xmaxerrs", "100",
                "-d", classesDir.toString(),
                "-cp", classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "-sourcepath", "");
        StringWriter compilerOutput = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ENGLISH,
                StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            ok = javac.getTask(compilerOutput, files, collector, options, null, units).call();
        }
        List<String> lines = new ArrayList<>();
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            errors++;
            lines.addAll(Diagnostics.format(d, sourceDir));
        }
        if (!ok && errors == 0) {
            errors = 1;
            lines.add(compilerOutput.toString().strip());
        }
        return new CompileResult(ok, classesDir, errors, lines, sources.size());
    }
}
