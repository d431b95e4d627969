package dev.threadlings.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HintsTest {

    private static final String README = """
            # Exercise

            ## Your tasks

            ### Task 1: `SequentialThing`

            One after another.

            ### Task 2: `ThreadedThing(int threads)`

            A pool of `threads` threads.

            <details><summary>Hint: why only one at a time?</summary>

            Submit all, then wait.
            </details>

            <details><summary>Hint: closing</summary>

            Close the pool.
            </details>

            ## What is graded

            Everything.
            """;

    @Test
    void a_task_s_hints_are_its_section_then_each_hint_block_in_order() {
        List<Hints.Hint> hints = Hints.of(README, 2);

        assertThat(hints).extracting(Hints.Hint::title).containsExactly("Task 2: `ThreadedThing(int threads)`",
                "Hint: why only one at a time?", "Hint: closing");
        assertThat(hints.getFirst().text()).isEqualTo("A pool of `threads` threads.");
        assertThat(hints.get(2).text()).isEqualTo("Close the pool.").doesNotContain("graded");
        assertThat(Hints.of(README, 1)).extracting(Hints.Hint::text).containsExactly("One after another.");
        assertThat(Hints.of(README, 3)).isEmpty();
    }

    @Test
    void reads_the_chinese_readme_s_task_headings_too() {
        String chinese = "### 任务 1：`SequentialThing`\n\n一个接一个。\n\n<details><summary>提示：为什么</summary>\n\n先提交。\n"
                + "</details>\n";

        assertThat(Hints.of(chinese, 1)).extracting(Hints.Hint::title).containsExactly("任务 1：`SequentialThing`",
                "提示：为什么");
    }

    @Test
    void remembers_how_many_hints_of_each_task_were_seen(@TempDir Path root) throws Exception {
        assertThat(Hints.seen(root)).isEmpty();

        Hints.see(root, "01-x 2", 1);
        Hints.see(root, "01-x 3", 2);
        Hints.see(root, "01-x 2", 2);

        assertThat(Hints.seen(root)).containsEntry("01-x 2", 2).containsEntry("01-x 3", 2).hasSize(2);
        assertThat(Files.readString(root.resolve(Hints.SEEN))).isEqualTo("01-x 2\t2\n01-x 3\t2\n");
    }

    @Test
    void picks_the_chinese_readme_when_asked_and_there(@TempDir Path module) throws Exception {
        Files.writeString(module.resolve("README.md"), "en");

        assertThat(Hints.readme(module, "zh-CN")).hasFileName("README.md");
        Files.writeString(module.resolve("README.zh-CN.md"), "zh");
        assertThat(Hints.readme(module, "zh_CN.UTF-8")).hasFileName("README.zh-CN.md");
        assertThat(Hints.readme(module, "en_GB")).hasFileName("README.md");
    }
}
