package dev.threadlings.kit.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JavaCommandTest {

    /** A child main that echoes its arguments and the class path it sees. */
    public static final class Echo {
        private Echo() {
        }

        public static void main(String[] args) {
            System.out.print(String.join(",", args) + "|" + System.getProperty("java.class.path"));
        }
    }

    @Test
    void starts_a_child_jvm_with_the_same_java_and_class_path() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(JavaCommand.forMain(Echo.class, "a", "b c")).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(out).isEqualTo("a,b c|" + System.getProperty("java.class.path"));
        assertThat(JavaCommand.javaExecutable()).startsWith(java.nio.file.Path.of(System.getProperty("java.home")));
    }

    @Test
    void puts_the_location_of_a_main_class_from_elsewhere_first_on_the_class_path(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path elsewhere) throws Exception {
        String name = Echo.class.getName().replace('.', '/') + ".class";
        java.nio.file.Path copy = elsewhere.resolve(name);
        java.nio.file.Files.createDirectories(copy.getParent());
        try (var in = Echo.class.getClassLoader().getResourceAsStream(name)) {
            java.nio.file.Files.copy(in, copy);
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {elsewhere.toUri().toURL()}, null)) {
            Class<?> foreign = loader.loadClass(Echo.class.getName());

            assertThat(JavaCommand.classPath(foreign))
                    .isEqualTo(elsewhere + java.io.File.pathSeparator + System.getProperty("java.class.path"));
        }
        assertThat(JavaCommand.classPath(Echo.class)).isEqualTo(System.getProperty("java.class.path"));
    }

    @Test
    void maps_the_class_archive_of_this_jvm_for_a_child_on_the_same_class_path() {
        String own = System.getProperty("java.class.path");
        java.util.List<String> mapped = java.util.List.of("-Xmx512m", "-XX:SharedArchiveFile=/tmp/grading.jsa",
                "-Xlog:cds=off");

        assertThat(JavaCommand.sharedArchive(own, mapped)).startsWith("-XX:SharedArchiveFile=/tmp/grading.jsa")
                .contains("-Xlog:disable");
        assertThat(JavaCommand.sharedArchive("elsewhere" + java.io.File.pathSeparator + own, mapped))
                .as("another class path: the archive does not hold").isEmpty();
        assertThat(JavaCommand.sharedArchive(own, java.util.List.of("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=/tmp/grader.jsa"))).as("an archive this JVM writes at its exit").isEmpty();
        assertThat(JavaCommand.sharedArchive(own, java.util.List.of("-Xmx512m"))).isEmpty();
    }
}
