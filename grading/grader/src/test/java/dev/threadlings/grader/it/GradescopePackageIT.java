package dev.threadlings.grader.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threadlings.grader.Repo;
import dev.threadlings.grader.json.Json;
import dev.threadlings.grader.report.GradescopeSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gradescope autograder zip, made by its one command and run the way Gradescope runs it: unpacked into
 * {@code /autograder/source} (here a temporary folder, through {@code AUTOGRADER_ROOT}), then
 * {@code run_autograder} on a submission, which must leave {@code results/results.json} — also when it
 * cannot grade at all.
 */
class GradescopePackageIT {

    private static String run(Path dir, Path log, List<String> command, String... env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        for (int i = 0; i < env.length; i += 2) {
            builder.environment().put(env[i], env[i + 1]);
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s ended", command).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void the_zip_holds_setup_and_run_autograder_at_its_root_and_grades_a_submission(@TempDir Path dir)
            throws Exception {
        Path zip = dir.resolve("autograder.zip");
        String made = run(Repo.ROOT, dir.resolve("make.log"), List.of("bash",
                Repo.ROOT.resolve("grading/gradescope/make-autograder").toString(), "--out", zip.toString(),
                "--test-visibility", "after_due_date", "--exercise", "01-downloads"));
        assertThat(made).contains("upload it as the assignment's autograder");
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Collections.list(file.entries()).forEach(e -> names.add(e.getName()));
        }
        assertThat(names).contains("setup.sh", "run_autograder", "settings.sh", "jdk", "README.md",
                "grader/threadlings-grader.jar").noneMatch(n -> n.contains("solution"))
                .as("the installation's cache (class archives of this machine's paths and JDK) stays out of the zip")
                .noneMatch(n -> n.startsWith("grader/cache/") || n.endsWith(".jsa"));
        assertThat(names).as("the installation's libraries and stubs").anyMatch(n -> n.startsWith("grader/lib/"))
                .anyMatch(n -> n.startsWith("grader/stubs/"));

        Path root = dir.resolve("autograder");
        unzip(zip, root.resolve("source"));
        Path submission = root.resolve("submission");
        Submissions.write(submission, Submissions.DOWNLOADS, "SequentialDownloader.java", Files.readString(
                Repo.ROOT.resolve("solutions/01-downloads/src/main/java/dev/threadlings/downloads/"
                        + "SequentialDownloader.java")));
        run(root.resolve("source"), dir.resolve("run.log"), List.of("bash", "run_autograder"),
                "AUTOGRADER_ROOT", root.toString());

        JsonNode results = Json.mapper().readTree(root.resolve("results/results.json").toFile());
        GradescopeSpec.assertFollows(results);
        assertThat(results.get("tests")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("visibility").asText()).isEqualTo("after_due_date"))
                .allSatisfy(t -> assertThat(t.get("name").asText()).startsWith("01-downloads"));
        assertThat(results.get("score").asDouble()).as("the sequential strategy earns its points").isPositive()
                .isLessThan(results.get("max_score").asDouble());
    }

    @Test
    void without_a_submission_it_still_writes_a_results_file_that_says_why(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("autograder.zip");
        run(Repo.ROOT, dir.resolve("make.log"), List.of("bash",
                Repo.ROOT.resolve("grading/gradescope/make-autograder").toString(), "--out", zip.toString()));
        Path root = dir.resolve("autograder");
        unzip(zip, root.resolve("source"));

        run(root.resolve("source"), dir.resolve("run.log"), List.of("bash", "run_autograder"),
                "AUTOGRADER_ROOT", root.toString());

        JsonNode results = Json.mapper().readTree(root.resolve("results/results.json").toFile());
        GradescopeSpec.assertFollows(results);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).contains("could not grade this submission")
                .contains("no submission at");
    }

    private static void unzip(Path zip, Path target) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
    }
}
