package dev.threadlings.kit.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TaskStatesTest {

    @Test
    void a_run_of_one_task_keeps_the_other_tasks_earlier_states(@TempDir Path module) {
        assertThat(TaskStates.read(module)).isEmpty();
        Map<Integer, TaskReport.Tally> first = new TreeMap<>(Map.of(1, TaskReportTest.tally(0, 3, 0, null), 2, TaskReportTest.tally(1, 0, 1,
                "1 request\tin flight\nexpected 5")));
        TaskStates.merge(module, TaskReport.checked(first));

        TaskStates.merge(module, TaskReport.checked(new TreeMap<>(Map.of(1, TaskReportTest.tally(3, 0, 0, null), 3, new TaskReport
                .Tally()))));

        Map<Integer, TaskStates.State> states = TaskStates.read(module);
        assertThat(states).containsOnlyKeys(1, 2);
        assertThat(states.get(1)).isEqualTo(new TaskStates.State(TaskStates.Kind.DONE, "done (3 checks)"));
        assertThat(states.get(2).kind()).isEqualTo(TaskStates.Kind.FAILING);
        assertThat(states.get(2).text()).isEqualTo("failing: 1 request in flight expected 5");
    }

    @Test
    void a_line_it_cannot_read_counts_as_not_run(@TempDir Path module) throws Exception {
        Files.createDirectories(module.resolve(TaskStates.FILE).getParent());
        Files.writeString(module.resolve(TaskStates.FILE), "1\tDONE\tdone\n2\tFINISHED\tsomething newer\nnonsense\n");

        assertThat(TaskStates.read(module)).containsOnlyKeys(1);
    }
}
