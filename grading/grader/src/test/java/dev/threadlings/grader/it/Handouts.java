package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.Repo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Learner handouts built by the packaged grader's {@code handout} command, and the learner's commands run in them. */
final class Handouts {

    private Handouts() {
    }

    /**
     * Builds a handout of this tree.
     *
     * @param out an empty or missing folder
     * @param options more options of the command, such as {@code --self-paced}
     * @return what the command said
     */
    static String build(Path out, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(GraderProcess.QUICK_START);
        command.addAll(List.of("-jar", GraderProcess.GRADER_DIR.resolve("threadlings-grader.jar").toString(),
                "handout"));
        command.addAll(List.of(options));
        command.addAll(List.of("--from", Repo.ROOT.toString(), out.toString()));
        Process build = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(build.exitValue()).as(said).isZero();
        return said;
    }

    /** As on a learner's machine: no JAVA_HOME, and the default java older than 21 where this machine has one. */
    static ProcessBuilder asALearner(ProcessBuilder builder) throws Exception {
        builder.environment().remove("JAVA_HOME");
        olderJava().ifPresent(bin -> builder.environment().put("PATH", bin + java.io.File.pathSeparator
                + builder.environment().getOrDefault("PATH", "")));
        return builder;
    }

    /** The bin folder of a JDK older than 21 in the usual place, where this machine has one. */
    static Optional<Path> olderJava() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().matches(".*-(1[1-7]|8)-.*"))
                    .map(d -> d.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("java"))).sorted()
                    .findFirst();
        }
    }

    /**
     * {@code ./threadlings grade} in a self-paced handout, as a learner runs it (offline: the build's own Maven
     * repository has everything); its results land in the handout's {@code target/threadlings/grade/}.
     *
     * @param handout the handout
     * @param log where its output goes
     * @param options the command's options
     * @return its output
     */
    static String grade(Path handout, Path log, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(handout.resolve("threadlings").toString(), "grade"));
        command.addAll(List.of(options));
        ProcessBuilder builder = asALearner(new ProcessBuilder(command).directory(handout.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()));
        builder.environment().put("MAVEN_ARGS", "-o -ntp");
        Process process = builder.start();
        process.getOutputStream().close();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("./threadlings grade ended within 10 minutes:\n" + output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("The grader's report: target/threadlings/grade/report.html");
        return output;
    }

    /** The files of a folder, relative to it, sorted. */
    static List<String> files(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
