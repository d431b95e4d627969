package dev.threadlings.grader.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradebookTest {

    private static Map<String, Double> points(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return map;
    }

    @Test
    void one_row_per_learner_one_column_per_exercise_and_category() {
        GradebookRow alice = new GradebookRow("alice", "f1", 66, 66,
                points("02-sum-of-squares", 66, "02-sum-of-squares correctness", 30, "02-sum-of-squares speedup", 10),
                28.25, null);
        GradebookRow bob = new GradebookRow("bob", "f2", 0, 0, Map.of(), 0, "could not read the submission: bad zip");

        String csv = Gradebook.render(List.of(alice, bob));

        assertThat(csv).isEqualTo("learner,score,max_score,02-sum-of-squares,02-sum-of-squares correctness,"
                + "02-sum-of-squares speedup,seconds,problem\r\n"
                + "alice,66,66,66,30,10,28.3,\r\n"
                + "bob,0,0,,,,0.0,could not read the submission: bad zip\r\n");
    }

    @Test
    void quotes_commas_quotes_and_line_breaks_and_defuses_formulas() {
        assertThat(Gradebook.cell("plain")).isEqualTo("plain");
        assertThat(Gradebook.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Gradebook.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Gradebook.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Gradebook.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Gradebook.cell("@sum")).isEqualTo("'@sum");
        assertThat(Gradebook.cell("-1.5")).as("a negative number stays a number").isEqualTo("-1.5");
    }

    @Test
    void the_progress_bar_estimates_the_time_left_from_the_submissions_graded_so_far() {
        assertThat(ProgressBar.render(12, 30, Duration.ofSeconds(250), 10, Duration.ofSeconds(240)))
                .isEqualTo("[##########--------------] 12/30  4m10s spent, about 7m12s left");
        assertThat(ProgressBar.render(30, 30, Duration.ofSeconds(600), 30, Duration.ofSeconds(600)))
                .isEqualTo("[########################] 30/30  10m00s spent, done");
        assertThat(ProgressBar.render(3, 30, Duration.ofSeconds(1), 0, Duration.ZERO))
                .as("only reused so far: no estimate yet").isEqualTo("[##----------------------] 3/30  1s spent");
    }
}
