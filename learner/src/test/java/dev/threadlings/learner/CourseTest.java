package dev.threadlings.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadlings.kit.learner.TaskStates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CourseTest {

    private static void exercise(Path root, String id, String... strategies) throws IOException {
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < strategies.length; i++) {
            tasks.append(i == 0 ? "" : ",").append("{\"number\": ").append(i + 1).append(", \"goal\": \"goal ")
                    .append(i + 1).append("\", \"classes\": [{\"name\": \"").append(strategies[i])
                    .append("\", \"constructors\": [\"()\"]}]}");
        }
        Path folder = Files.createDirectories(root.resolve("exercises").resolve(id));
        Files.writeString(folder.resolve("exercise.json"), "{\"id\": \"" + id + "\", \"title\": \"T\", \"summary\":"
                + " \"s\", \"package\": \"dev.example\", \"contracts\": [\"Thing\"], \"tasks\": [" + tasks + "]}");
    }

    private static void states(Path root, String id, String tsv) throws IOException {
        Path file = root.resolve("exercises").resolve(id).resolve(TaskStates.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, tsv);
    }

    private static Course course(Path root) throws IOException {
        exercise(root, "01-first", "SequentialA", "ThreadedA");
        exercise(root, "02-second", "SequentialB", "ThreadedB", "AsyncB");
        Files.writeString(root.resolve("mvnw"), "");
        return Course.at(root);
    }

    @Test
    void the_current_task_is_the_first_not_done_as_the_checks_last_ran(@TempDir Path root) throws Exception {
        Course course = course(root);
        assertThat(course.current()).map(Course.Spot::name).hasValue("01-first, task 1 (SequentialA)");

        states(root, "01-first", "1\tDONE\tdone (3 checks)\n2\tDONE\tdone (2 checks)\n");
        states(root, "02-second", "1\tDONE\tdone (1 checks)\n2\tFAILING\tfailing: 1 in flight\n");

        assertThat(course.current()).map(Course.Spot::name).hasValue("02-second, task 2 (ThreadedB)");
        states(root, "02-second", "1\tDONE\td\n2\tDONE\td\n3\tDONE\td\n");
        assertThat(course.current()).isEmpty();
    }

    @Test
    void finds_a_task_by_exercise_number_or_id_and_task_number_or_class(@TempDir Path root) throws Exception {
        Course course = course(root);

        assertThat(course.find("2", "AsyncB").name()).isEqualTo("02-second, task 3 (AsyncB)");
        assertThat(course.find("02-second", "2").name()).isEqualTo("02-second, task 2 (ThreadedB)");
        assertThat(course.find("02", null).name()).isEqualTo("02-second, task 1 (SequentialB)");
        assertThat(course.find(null, null).name()).isEqualTo("01-first, task 1 (SequentialA)");
        assertThatThrownBy(() -> course.find("03", null)).hasMessageContaining("no exercise '03'")
                .hasMessageContaining("01-first, 02-second");
        assertThatThrownBy(() -> course.find("1", "9")).hasMessageContaining("1 (SequentialA), 2 (ThreadedA)");
    }

    @Test
    void a_folder_without_the_kit_is_refused_with_where_to_run_it(@TempDir Path root) {
        assertThatThrownBy(() -> Course.at(root)).hasMessageContaining("is not a Threadlings kit")
                .hasMessageContaining("Run ./threadlings from the kit's folder");
    }
}
