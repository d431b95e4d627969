package dev.threadlings.grader.handout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.grader.Repo;
import dev.threadlings.kit.manifest.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutCheckTest {


    @Test
    void the_secrets_hold_the_hidden_test_names_and_fixtures_of_every_exercise() throws Exception {
        Set<String> secrets = HandoutCheck.secrets(Repo.ROOT);

        for (Manifest manifest : Manifest.allIn(Repo.ROOT)) {
            String hidden;
            try (Stream<Path> files = Files.walk(Repo.ROOT.resolve("grading/hidden").resolve(manifest.id()))) {
                hidden = files.filter(f -> f.toString().endsWith(".java")).map(HandoutCheckTest::read)
                        .collect(Collectors.joining());
            }
            assertThat(secrets).as("a hidden test name of %s", manifest.id()).anyMatch(hidden::contains);
            try (Stream<Path> fixtures = Files.list(Repo.ROOT.resolve("grading/fixtures").resolve(manifest.id()))) {
                assertThat(secrets).as("the fixtures of %s", manifest.id())
                        .containsAll(fixtures.map(f -> f.getFileName().toString()).toList());
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void strips_every_instructor_only_block_from_the_root_pom() {
        String pom = """
                <modules>
                    <module>src</module>
                    <!-- instructor-only --> <module>solutions/01-downloads</module> <!-- /instructor-only -->
                    <module>exercises/01-downloads</module>
                </modules>
                  <!-- instructor-only -->
                  <profiles><profile><id>instructor-tree</id></profile></profiles>
                  <!-- /instructor-only -->
                </project>
                """;

        assertThat(Handout.learnerPom(pom)).isEqualTo("""
                <modules>
                    <module>src</module>
                    <module>exercises/01-downloads</module>
                </modules>
                </project>
                """);
    }

    @Test
    void finds_a_hidden_name_a_seed_a_grading_folder_and_a_pom_that_mentions_solutions(@TempDir Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("grading"));
        Files.writeString(dir.resolve("README.md"), "see threaded_with_two_threads_gains_at_least_70_percent");
        Files.createDirectories(dir.resolve("exercises/x"));
        Files.writeString(dir.resolve("exercises/x/Data.java"), "long seed = 0x5eed_0201L;");
        Files.writeString(dir.resolve("pom.xml"), "<module>solutions/01-downloads</module>");
        Files.write(dir.resolve("binary.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});

        assertThat(HandoutCheck.problems(dir, Set.of("threaded_with_two_threads_gains_at_least_70_percent",
                "0x5eed_0201L"))).containsExactlyInAnyOrder(
                        "the handout has a grading/ folder",
                        "README.md holds the hidden name threaded_with_two_threads_gains_at_least_70_percent",
                        "exercises/x/Data.java holds the hidden seed 0x5eed_0201L",
                        "pom.xml points to solutions/, which only the instructor's tree has",
                        "pom.xml mentions solution");
    }

    @Test
    void finds_commands_and_paths_that_only_the_instructor_s_tree_has(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("exercises/03-x"));
        Files.writeString(dir.resolve("exercises/03-x/README.md"), "Run ./mvnw -q -pl race exec:exec to see it.");
        Files.writeString(dir.resolve("NOTES.md"), "The reference is in solutions/03-x.");
        Files.writeString(dir.resolve("HOW.md"), "Grade yourself with ./grade mine");
        Files.writeString(dir.resolve("FINE.md"), "A race on a shared set; exercises/03-x/README.md; the grading.");

        assertThat(HandoutCheck.problems(dir, Set.of())).containsExactlyInAnyOrder(
                "exercises/03-x/README.md points to -pl race, which only the instructor's tree has",
                "NOTES.md points to solutions/, which only the instructor's tree has",
                "HOW.md points to ./grade, which only the instructor's tree has");
    }

    @Test
    void a_clean_folder_has_no_problems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "Learn concurrency by measuring it.");
        assertThat(HandoutCheck.problems(dir, Set.of("secret_name"))).isEmpty();
    }
}
