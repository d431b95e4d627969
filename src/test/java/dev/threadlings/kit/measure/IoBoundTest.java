package dev.threadlings.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IoBoundTest {

    @Test
    void counts_waves_of_requests_rounding_up() {
        IoBound bound = new IoBound(21, 5, Duration.ofMillis(100), Duration.ofMillis(300));

        assertThat(bound.waves()).isEqualTo(5);
        assertThat(bound.ideal()).isEqualTo(Duration.ofMillis(500));
        assertThat(bound.limit()).isEqualTo(Duration.ofMillis(800));
        assertThat(bound.admits(Duration.ofMillis(800))).isTrue();
        assertThat(bound.admits(Duration.ofMillis(801))).isFalse();
    }

    @Test
    void explains_how_it_was_derived() {
        assertThat(new IoBound(20, 5, Duration.ofMillis(100), Duration.ofMillis(1000)).explain())
                .isEqualTo("ceil(20 / 5) × 100 ms = 400 ms, + 1000 ms allowance = 1400 ms");
    }

    @Test
    void no_pages_take_no_waves() {
        assertThat(new IoBound(0, 4, Duration.ofMillis(100), Duration.ZERO).ideal()).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_run_one_request_at_a_time_misses_a_bound_of_several_beyond_what_load_explains() {
        IoBound fourWorkers = new IoBound(120, 4, Duration.ofMillis(150), Duration.ofMillis(900));
        IoBound hundredAtOnce = new IoBound(100, 100, Duration.ofMillis(100), Duration.ofMillis(400));
        IoBound oneAtATime = new IoBound(24, 1, Duration.ofMillis(50), Duration.ofMillis(300));

        assertThat(fourWorkers.overlapBeyondLoad(1)).as("one of four workers' requests at a time").isTrue();
        assertThat(fourWorkers.overlapBeyondLoad(2)).as("two of four at once: load may explain it").isFalse();
        assertThat(hundredAtOnce.overlapBeyondLoad(10)).as("ten of a hundred at once").isTrue();
        assertThat(hundredAtOnce.overlapBeyondLoad(11)).isFalse();
        assertThat(oneAtATime.overlapBeyondLoad(1)).as("a bound of one request at a time: only time can miss it")
                .isFalse();
    }
}
