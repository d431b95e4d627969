package dev.threadlings.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriesTest {

    @Test
    void a_run_that_settles_the_matter_ends_the_tries_at_once() {
        Iterator<Integer> inFlight = List.of(5, 50, 90).iterator();

        List<Integer> runs = Tries.upTo(inFlight::next, n -> n > 10 && n < 80);

        assertThat(runs).as("5 in flight: no load explains it").containsExactly(5);
    }

    @Test
    void a_run_that_falls_short_in_a_way_load_explains_is_measured_again_until_one_settles_it() {
        Iterator<Integer> inFlight = List.of(50, 90, 60).iterator();

        assertThat(Tries.upTo(inFlight::next, n -> n > 10 && n < 80)).containsExactly(50, 90);
    }

    @Test
    void no_more_than_three_runs() {
        Iterator<Integer> inFlight = List.of(50, 60, 70, 95).iterator();

        assertThat(Tries.upTo(inFlight::next, n -> n < 80)).hasSize(Tries.TIMES).containsExactly(50, 60, 70);
    }

    @Test
    void what_a_run_throws_ends_the_tries_as_it_was_thrown() {
        int[] runs = {0};
        assertThatThrownBy(() -> Tries.upTo(() -> {
            runs[0]++;
            throw new IOException("server gone");
        }, n -> true)).isInstanceOf(IOException.class).hasMessage("server gone");
        assertThat(runs[0]).isEqualTo(1);
    }
}
