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
}
