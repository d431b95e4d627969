package dev.threadlings.grader.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real JVMs: the first records its classes and keeps the list, the second finds the archive made and maps it. */
class ClassArchiveTest {

    @Test
    @Timeout(120)
    void the_first_jvm_only_records_and_the_second_maps_the_archive_made_from_its_list(@TempDir Path dir)
            throws Exception {
        GraderHome home = new GraderHome(jarWithMain(dir), Files.createDirectories(dir.resolve("lib")),
                dir.resolve("stubs"));
        ClassArchive archive = ClassArchive.of(home, "01-example");
        assertThat(archive.exists()).isFalse();

        Path first = dir.resolve("first.lst");
        List<String> options = archive.options(first);
        assertThat(options).containsExactly("-XX:DumpLoadedClassList=" + first);
        assertThat(run(home, options)).contains("hello");
        assertThat(first).isNotEmptyFile();
        archive.keep(first);
        assertThat(archive.exists()).as("no dump while no second JVM needs it").isFalse();
        assertThat(first).as("moved into the installation's cache").doesNotExist();

        Path second = dir.resolve("second.lst");
        options = archive.options(second);
        assertThat(archive.exists()).as("dumped before the second JVM").isTrue();
        assertThat(options).anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
        List<String> logged = new ArrayList<>(options);
        logged.add("-Xlog:class+load=info");
        assertThat(run(home, logged)).contains("hello").contains("dev.example.Hello source: shared objects file");
        archive.keep(second);
        assertThat(second).as("nothing to record once the archive is there").doesNotExist();
    }

    private static Path jarWithMain(Path dir) throws Exception {
        Path source = Files.createDirectories(dir.resolve("src/dev/example")).resolve("Hello.java");
        Files.writeString(source, "package dev.example; public class Hello { public static void main(String[] a) {"
                + " System.out.println(\"hello\"); } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString())).isZero();
        Path jar = dir.resolve("threadlings-grader.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("dev/example/Hello.class"));
            out.write(Files.readAllBytes(classes.resolve("dev/example/Hello.class")));
            out.closeEntry();
        }
        return jar;
    }

    @SuppressWarnings("try") // closing the JVM's input is the point
    private static String run(GraderHome home, List<String> options) throws Exception {
        Process java = new ProcessBuilder(JavaLauncher.command(home.gradingClassPath(), "dev.example.Hello", List.of(),
                null, true, options)).redirectErrorStream(true).start();
        try (OutputStream in = java.getOutputStream()) {
            // no input
        }
        String said = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(said).isZero();
        return said;
    }
}
