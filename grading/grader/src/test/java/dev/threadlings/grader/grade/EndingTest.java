package dev.threadlings.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.plan.Status;
import dev.threadlings.grader.process.TestJvmOutcome;
import dev.threadlings.grader.testjvm.RunLog;
import dev.threadlings.grader.testjvm.TestJvmEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndingTest {

    @TempDir
    Path dir;

    private static final TestJvmEvent A_PASSED = new TestJvmEvent.Finished("a", Status.PASSED, "", 1, 1, 0, 5);

    private static TestJvmOutcome exited(int code) {
        return new TestJvmOutcome(code, false, Duration.ofSeconds(2), null, 0);
    }

    private static RunLog events(TestJvmEvent... events) {
        return RunLog.of(List.of(events));
    }

    private Path log(String text) throws Exception {
        return Files.writeString(dir.resolve("log"), text);
    }

    @Test
    void the_test_that_ran_when_the_jvm_halted_fails_with_the_exit_code() throws Exception {
        RunLog events = events(new TestJvmEvent.Started("a"), A_PASSED, new TestJvmEvent.Started("b"));

        Ending ending = Ending.of(events, exited(3), log("some output\n"));

        assertThat(ending.cause()).startsWith("The test JVM stopped abruptly with exit code 3").contains("Runtime.halt");
        assertThat(ending.culprit()).hasValue("b");
        assertThat(ending.culpritMessage())
                .startsWith("The test JVM ended while this test ran: The test JVM stopped abruptly");
    }

    @Test
    void an_exit_the_jvm_recorded_names_its_caller_and_its_test() throws Exception {
        RunLog events = events(new TestJvmEvent.Started("a"),
                new TestJvmEvent.Ended("a", "System.exit",
                        "System.exit was called by p.Q.r(Q.java:3): it ends the whole JVM"));

        Ending ending = Ending.of(events, exited(0), log(""));

        assertThat(ending.summary()).isEqualTo("System.exit");
        assertThat(ending.culprit()).hasValue("a");
        assertThat(ending.culpritMessage()).contains("System.exit was called by p.Q.r(Q.java:3)");
    }

    @Test
    void out_of_memory_and_crashes_are_read_from_the_log() throws Exception {
        RunLog events = events(new TestJvmEvent.Started("a"));

        assertThat(Ending.of(events, exited(3), log("Terminating due to java.lang.OutOfMemoryError: Java heap space\n"))
                .cause()).startsWith("The test JVM ran out of memory (Terminating due to java.lang.OutOfMemoryError:"
                        + " Java heap space): its heap is capped at 512 MB");
        assertThat(Ending.of(events, exited(134), log("#\n# A fatal error has been detected by the Java Runtime"
                + " Environment:\n#\n#  SIGSEGV (0xb) at pc=0x00007f, pid=12, tid=13\n")).cause())
                .startsWith("The test JVM crashed (SIGSEGV (0xb) at pc=0x00007f, pid=12, tid=13)");
        assertThat(Ending.of(events, exited(137), log("")).cause()).contains("killed by signal 9 (SIGKILL");
    }

    @Test
    void a_stop_after_a_test_that_already_reported_blames_no_other_test() throws Exception {
        RunLog events = events(new TestJvmEvent.Started("a"),
                new TestJvmEvent.Finished("a", Status.TIMED_OUT, "Timed out after 5 s", 1, 0, 0, 5000),
                new TestJvmEvent.Ended(null, "a test ran past its time limit", "a test ran past its time limit; the tests"
                        + " that are left run in a fresh JVM"));

        Ending ending = Ending.of(events, exited(75), log(""));

        assertThat(ending.culprit()).isEmpty();
        assertThat(ending.summary()).isEqualTo("a test ran past its time limit");
    }
}
