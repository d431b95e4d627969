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
}
