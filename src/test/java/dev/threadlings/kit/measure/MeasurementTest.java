package dev.threadlings.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MeasurementTest {

    private static final CpuUse QUIET = new CpuUse(200_000_000L, 2_000_000L, 0);

    private static List<CpuUse> runs(double millis, double cores) {
        long wall = (long) (millis * 1e6);
        return List.of(new CpuUse(wall, (long) (wall * cores), 0));
    }

    @Test
    void takes_the_trials_figures_and_the_speed_a_pass_needed() {
        Comparison comparison = new Comparison(runs(400, 1), runs(200, 1.9), runs(250, 1.8), QUIET);
        SpeedVerdict verdict = SpeedVerdict.judge("ThreadedSumOfSquares(2)", comparison,
                SpeedVerdict.Criteria.CPU_BOUND, true, "HINT.");

        Measurement m = Measurement.of("ThreadedSumOfSquares(2)", comparison, verdict);

        assertThat(m.millis()).isEqualTo(250.0);
        assertThat(m.baselineMillis()).isEqualTo(400.0);
        assertThat(m.referenceMillis()).isEqualTo(200.0);
        assertThat(m.speedup()).isEqualTo(1.6);
        assertThat(m.referenceSpeedup()).isEqualTo(2.0);
        assertThat(m.expectedSpeedup()).isEqualTo(1.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.coresBusy()).isEqualTo(1.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.verdict()).isEqualTo("pass");
        assertThat(Measurement.of("x", comparison, null).verdict()).isNull();
    }

    @Test
    void writes_json_with_nulls_for_missing_figures_and_escapes_names() {
        Measurement m = new Measurement("Odd \"name\"\\", 12.3456, null, 100.0, null, null, null, null, null, null,
                Measurement.REQUESTS, List.of(new Measurement.Span("/a\tb\n", 0, 1.5, "\u0001")), 2);

        assertThat(m.toJson()).isEqualTo("{\"strategy\":\"Odd \\\"name\\\"\\\\\",\"millis\":12.346,"
                + "\"expectedMillis\":null,\"baselineMillis\":100.000,\"referenceMillis\":null,\"speedup\":null,"
                + "\"referenceSpeedup\":null,\"expectedSpeedup\":null,\"coresBusy\":null,\"verdict\":null,"
                + "\"timeline\":\"requests\",\"spans\":[{\"lane\":\"/a\\tb\\n\",\"startMillis\":0.000,"
                + "\"endMillis\":1.500,\"label\":\"\\u0001\"}],\"spansLeftOut\":2}");
    }

    @Test
    void keeps_the_first_spans_by_start_time_and_counts_the_rest() {
        List<Measurement.Span> spans = IntStream.range(0, Measurement.MAX_SPANS + 25)
                .mapToObj(i -> new Measurement.Span("t", 1000 - i, 1001 - i, "k(" + i + ")")).toList();
        Measurement base = new Measurement("s", 1, null, null, null, null, null, null, null, null,
                Measurement.THREADS, List.of(), 0);

        Measurement m = base.withTimeline(Measurement.THREADS, spans);

        assertThat(m.spans()).hasSize(Measurement.MAX_SPANS);
        assertThat(m.spansLeftOut()).isEqualTo(25);
        assertThat(m.spans().get(0).label()).isEqualTo("k(" + (Measurement.MAX_SPANS + 24) + ")");
    }
}
