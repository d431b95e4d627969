package dev.threadlings.grader.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MachineTest {

    @Test
    void reads_a_cgroup_quota_line_in_cores() {
        assertThat(Machine.quota("50000 100000")).contains(0.5);
        assertThat(Machine.quota("200000 100000")).contains(2.0);
        assertThat(Machine.quota("max 100000")).isEmpty();
        assertThat(Machine.quota("-1 100000")).isEmpty();
        assertThat(Machine.quota("garbage")).isEqualTo(Optional.empty());
    }

    @Test
    void names_what_held_timing_back_one_core_a_quota_a_load_and_nothing_on_a_fit_machine() {
        assertThat(new Machine("25", 2, null, 0.3, 0.8, "Linux", null).timingConcerns()).isEmpty();
        assertThat(new Machine("25", 1, null, 0.3, 0.8, "Linux", null).timingConcerns())
                .containsExactly("The JVM saw 1 core: parallel speedup cannot show here.");
        assertThat(new Machine("25", 2, 0.5, 0.3, 0.8, "Linux", null).timingConcerns())
                .containsExactly("The CPU quota allows 0.50 cores: parallel speedup cannot show beyond that.");
        assertThat(new Machine("25", 2, null, 0.3, 2.6, "Linux", null).timingConcerns())
                .singleElement().asString().contains("load average reached 2.60 on 2 cores");
    }

    @Test
    void other_processes_measured_over_the_grading_decide_and_a_lagging_load_average_does_not() {
        assertThat(new Machine("25", 2, null, 1.9, 2.6, "Linux", 0.1).timingConcerns())
                .as("a high load average left by a grading before, but the cores were free during this one").isEmpty();
        assertThat(new Machine("25", 2, null, 0.2, 0.3, "Linux", 0.9).timingConcerns()).singleElement().asString()
                .isEqualTo("Other processes kept 0.90 of the 2 cores busy on average while grading ran: they competed"
                        + " with the tests for the cores.");
        assertThat(new Machine("25", 2, null, 0.2, 0.3, "Linux", 0.1).describe())
                .isEqualTo("Java 25, 2 cores, no CPU quota, load 0.20 → 0.30, other processes 0.10 cores, Linux");
    }

    @Test
    void reads_the_busy_ticks_of_the_machine_and_its_own() {
        assertThat(CpuContention.busy("cpu  100 5 50 9000 7 1 2 3 0 0")).isEqualTo(100 + 5 + 50 + 1 + 2 + 3);
        assertThat(CpuContention.own("4242 (java (odd) name) S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16"))
                .isEqualTo(11 + 12 + 13 + 14);
        java.util.Optional<CpuContention> now = CpuContention.start();
        if (now.isPresent()) {
            assertThat(now.get().busyTicks()).isPositive();
        }
    }

    @Test
    void describes_itself_in_one_line() {
        assertThat(new Machine("25.0.3", 2, 0.5, 0.25, null, "Linux amd64", null).describe())
                .isEqualTo("Java 25.0.3, 2 cores, CPU quota 0.50 cores, load 0.25 → ?, Linux amd64");
        assertThat(Machine.here().cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
