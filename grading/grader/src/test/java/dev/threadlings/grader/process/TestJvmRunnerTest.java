package dev.threadlings.grader.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@EnabledOnOs({OS.LINUX, OS.MAC})
// Its tests mostly wait (process limits, sleeps), each in a folder and with processes of its own: at once
@Execution(ExecutionMode.CONCURRENT)
class TestJvmRunnerTest {

    @TempDir
    Path dir;

    @Test
    void a_process_that_ends_in_time_gives_its_exit_code_and_output() throws Exception {
        TestJvmOutcome outcome = TestJvmRunner.run(List.of("sh", "-c", "echo hello; exit 3"), dir, dir.resolve("log"),
                Duration.ofSeconds(20), false, "");
        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(dir.resolve("log")).hasContent("hello");
    }

    @Test
    void a_process_past_its_limit_is_killed_with_everything_it_started() throws Exception {
        Path pids = dir.resolve("pids");
        String script = "sleep 300 & echo $! > " + pids + "; sh -c 'sleep 301' & while true; do sleep 1; done";
        long start = System.nanoTime();
        TestJvmOutcome outcome = TestJvmRunner.run(List.of("sh", "-c", script), dir, dir.resolve("log"),
                Duration.ofSeconds(2), false, "");
        assertThat(outcome.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        long child = Long.parseLong(Files.readString(pids).strip());
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("").contains("sleep 301")))
                .isFalse();
    }

    @Test
    void what_a_process_leaves_behind_after_a_normal_end_is_killed() throws Exception {
        Path pids = dir.resolve("pids");
        String script = "sleep 302 & echo $! > " + pids + "; sleep 1; exit 0";
        TestJvmOutcome outcome = TestJvmRunner.run(List.of("sh", "-c", script), dir, dir.resolve("log"),
                Duration.ofSeconds(20), false, "");
        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.leftovers()).isEqualTo(1);
        long child = Long.parseLong(Files.readString(pids).strip());
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void an_orphan_whose_parent_ended_before_any_sample_is_killed_by_its_session() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ProcessTree.sessionsAvailable(), "needs setsid and /proc");
        Path pids = dir.resolve("pids");
        // the middle shell ends at once, so its child is an orphan before the runner's first sample
        String script = "sh -c 'sleep 304 & echo $! > " + pids + "'; sleep 1; exit 0";
        TestJvmOutcome outcome = TestJvmRunner.run(List.of("sh", "-c", script), dir, dir.resolve("log"),
                Duration.ofSeconds(20), false, "");
        assertThat(outcome.timedOut()).isFalse();
        long orphan = Long.parseLong(Files.readString(pids).strip());
        assertThat(outcome.leftovers()).isGreaterThanOrEqualTo(1);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void the_log_is_capped() throws Exception {
        Path log = dir.resolve("log");
        CappedLog pump = CappedLog.start(new java.io.ByteArrayInputStream(new byte[10 << 20]), log);
        pump.join(10_000);
        assertThat(Files.size(log)).isLessThan(CappedLog.DEFAULT_CAP + 100);
        assertThat(pump.dropped()).isEqualTo((10L << 20) - CappedLog.DEFAULT_CAP);
        assertThat(Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("[grader] log cut at");
    }
}
