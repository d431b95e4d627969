package dev.threadlings.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.process.GraderHome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraderMainTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureErr() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(savedErr);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_missing_submission_is_a_usage_error_with_one_clear_line() {
        assertThat(GraderMain.run("grade", "/no/such/folder")).isEqualTo(GraderMain.USAGE);
        assertThat(err()).isEqualTo("threadlings-grader: no submission at /no/such/folder: expected a folder with"
                + " exercises/, a .zip, a git repository, or a folder of those" + System.lineSeparator());
    }

    @Test
    void without_an_installation_it_fails_and_says_how_to_build_one(@TempDir Path submission, @TempDir Path home) {
        String before = System.setProperty(GraderHome.HOME_PROPERTY, home.toString());
        try {
            assertThat(GraderMain.run("grade", submission.toString())).isEqualTo(GraderMain.GRADER_FAILED);
        } finally {
            if (before == null) {
                System.clearProperty(GraderHome.HOME_PROPERTY);
            } else {
                System.setProperty(GraderHome.HOME_PROPERTY, before);
            }
        }
        assertThat(err()).startsWith("threadlings-grader: the installation is broken: the grader's lib folder is"
                + " missing").contains("./mvnw -B install -DskipTests");
    }

    @Test
    void a_bad_timeout_is_a_usage_error(@TempDir Path submission) {
        assertThat(GraderMain.run("grade", submission.toString(), "--timeout", "0")).isEqualTo(GraderMain.USAGE);
        assertThat(GraderMain.run("grade", submission.toString(), "--timeout", "soon")).isEqualTo(GraderMain.USAGE);
    }

    @Test
    void parallel_grading_with_speed_tests_is_refused_and_says_why(@TempDir Path submission) {
        assertThat(GraderMain.run("grade", submission.toString(), "--parallel", "2")).isEqualTo(GraderMain.USAGE);
        assertThat(err()).contains("would make the speed tests of two submissions share the cores");
        assertThat(GraderMain.run("grade", submission.toString(), "--parallel", "2", "--category", "speedup"))
                .isEqualTo(GraderMain.USAGE);
    }

    @Test
    void an_unknown_category_is_a_usage_error(@TempDir Path submission) {
        assertThat(GraderMain.run("grade", submission.toString(), "--category", "speed")).isEqualTo(GraderMain.USAGE);
        assertThat(err()).contains("unknown category 'speed'; known: correctness");
    }

    @Test
    void no_command_is_a_usage_error() {
        assertThat(GraderMain.run()).isEqualTo(GraderMain.USAGE);
        assertThat(err()).contains("name a command");
    }

    @Test
    void an_unknown_option_is_a_usage_error(@TempDir Path submission) {
        assertThat(GraderMain.run("grade", submission.toString(), "--frobnicate")).isEqualTo(GraderMain.USAGE);
    }
}
