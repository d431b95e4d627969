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
        assertThat(new Machine("25", 2, null, 0.3, 0.8, "Linux").timingConcerns()).isEmpty();
        assertThat(new Machine("25", 1, null, 0.3, 0.8, "Linux").timingConcerns())
                .containsExactly("The JVM saw 1 core: parallel speedup cannot show here.");
        assertThat(new Machine("25", 2, 0.5, 0.3, 0.8, "Linux").timingConcerns())
                .containsExactly("The CPU quota allows 0.50 cores: parallel speedup cannot show beyond that.");
        assertThat(new Machine("25", 2, null, 0.3, 2.6, "Linux").timingConcerns())
                .singleElement().asString().contains("load average reached 2.60 on 2 cores");
    }

    @Test
    void describes_itself_in_one_line() {
        assertThat(new Machine("25.0.3", 2, 0.5, 0.25, null, "Linux amd64").describe())
                .isEqualTo("Java 25.0.3, 2 cores, CPU quota 0.50 cores, load 0.25 → ?, Linux amd64");
        assertThat(Machine.here().cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
