package dev.threadlings.grader.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallCacheTest {

    @Test
    void a_kept_file_is_named_by_what_it_was_made_from_and_appears_whole(@TempDir Path dir) throws Exception {
        GraderHome home = new GraderHome(Files.writeString(dir.resolve("threadlings-grader.jar"), "grader"),
                dir.resolve("lib"), dir.resolve("stubs"));
        Path jar = Files.writeString(dir.resolve("a.jar"), "one");

        Path first = InstallCache.file(home, "plan", "json", List.of(jar), "dev.example");
        assertThat(first.getParent()).isEqualTo(dir.resolve("cache"));
        assertThat(first.getFileName().toString()).matches("plan-[0-9a-f]{16}\\.json");
        assertThat(InstallCache.file(home, "plan", "json", List.of(jar), "dev.example")).isEqualTo(first);
        assertThat(InstallCache.file(home, "plan", "json", List.of(jar), "dev.other")).isNotEqualTo(first);
        Files.writeString(jar, "rebuilt");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        assertThat(InstallCache.file(home, "plan", "json", List.of(jar), "dev.example")).as("a rebuilt jar")
                .isNotEqualTo(first);

        Path temporary = InstallCache.temporary(first);
        Files.writeString(temporary, "{}");
        assertThat(first).doesNotExist();
        InstallCache.publish(temporary, first);
        assertThat(first).hasContent("{}");
        assertThat(temporary).doesNotExist();
    }
}
