package dev.threadlings.grader.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionSourceTest {

    static final String SOURCE = "exercises/01-downloads/src/main/java/dev/threadlings/downloads/X.java";

    static Path folder(Path dir, String content) throws IOException {
        Path file = dir.resolve(SOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return dir;
    }

    static Path zip(Path zip, String prefix, String content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(prefix + SOURCE));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c",
                "user.email=t@example.org", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(out).isZero();
    }

    /** A work tree with one commit; as a folder with exercises/ it is graded as the folder it is. */
    static Path workTree(Path dir, String content) throws Exception {
        folder(dir, content);
        git(dir, "init", "-q");
        git(dir, "add", ".");
        git(dir, "commit", "-q", "-m", "submission");
        return dir;
    }

    /** A bare repository, as a course platform's mirror keeps one, cloned from a work tree beside it. */
    static Path repository(Path bare, String content) throws Exception {
        Path tree = workTree(bare.resolveSibling(bare.getFileName() + "-tree"), content);
        git(bare.getParent(), "clone", "-q", "--bare", tree.toString(), bare.toString());
        return bare;
    }

    @Test
    void recognises_a_folder_a_zip_and_a_repository_and_names_the_learner(@TempDir Path dir) throws Exception {
        Path alice = folder(dir.resolve("alice"), "class X {}");
        Path bob = zip(dir.resolve("bob.zip"), "", "class X {}");
        Path carol = repository(dir.resolve("carol.git"), "class X {}");

        assertThat(SubmissionSource.of(alice.toString())).get()
                .isEqualTo(new SubmissionSource("alice", SubmissionSource.Kind.FOLDER, alice.toString()));
        assertThat(SubmissionSource.of(bob.toString())).get().extracting(SubmissionSource::name,
                SubmissionSource::kind).containsExactly("bob", SubmissionSource.Kind.ZIP);
        assertThat(SubmissionSource.of(carol.toString())).get().extracting(SubmissionSource::name,
                SubmissionSource::kind).containsExactly("carol", SubmissionSource.Kind.GIT);
        assertThat(SubmissionSource.of(carol.toUri().toString())).get().extracting(SubmissionSource::kind)
                .isEqualTo(SubmissionSource.Kind.GIT);
        assertThat(SubmissionSource.of(dir.toString())).as("a folder of submissions is not one").isEmpty();
        assertThat(SubmissionSource.of(dir.resolve("carol.git-tree").toString())).get()
                .as("a work tree is graded as the folder it is").extracting(SubmissionSource::kind)
                .isEqualTo(SubmissionSource.Kind.FOLDER);
    }

    @Test
    void every_entry_of_a_class_is_a_learner_and_one_that_is_no_submission_says_what_it_is(@TempDir Path dir)
            throws Exception {
        Path klass = Files.createDirectories(dir.resolve("class"));
        folder(klass.resolve("alice"), "class X {}");
        Files.writeString(Files.createDirectories(klass.resolve("dave")).resolve("README.md"), "my work is elsewhere");
        Files.writeString(klass.resolve("erin.txt"), "sorry");
        Files.createDirectories(klass.resolve(".hidden"));
        Path out = Files.createDirectories(klass.resolve("out"));

        List<SubmissionSource> found = Cohort.discover(klass, out);

        assertThat(found).extracting(SubmissionSource::name, SubmissionSource::kind).containsExactly(
                tuple("alice", SubmissionSource.Kind.FOLDER),
                tuple("dave", SubmissionSource.Kind.NOT_A_SUBMISSION),
                tuple("erin.txt", SubmissionSource.Kind.NOT_A_SUBMISSION));
        assertThat(found.get(1).whyNotASubmission()).isEqualTo("not a submission: a folder without exercises/ and"
                + " not a git repository (it holds README.md)");
        assertThat(found.get(2).whyNotASubmission())
                .isEqualTo("not a submission: a file that is neither a zip nor a folder (erin.txt)");
        assertThatThrownBy(() -> found.get(1).materialize(dir.resolve("w")))
                .hasMessageStartingWith("not a submission: a folder without exercises/");
        assertThat(Cohort.discover(klass.resolve("dave"), out)).as("no submission at all: not a class").isEmpty();
    }

    @Test
    void unpacks_a_zip_with_or_without_a_top_folder(@TempDir Path dir) throws Exception {
        SubmissionSource flat = SubmissionSource.of(zip(dir.resolve("a.zip"), "", "flat").toString()).orElseThrow();
        SubmissionSource nested = SubmissionSource.of(zip(dir.resolve("b.zip"), "kit/", "nested").toString())
                .orElseThrow();

        assertThat(flat.materialize(dir.resolve("wa")).resolve(SOURCE)).hasContent("flat");
        assertThat(nested.materialize(dir.resolve("wb")).resolve(SOURCE)).hasContent("nested");
    }

    @Test
    void refuses_a_zip_whose_paths_escape_its_folder_and_one_that_is_no_zip(@TempDir Path dir) throws Exception {
        Path evil = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("../../escaped.txt"));
            out.write(1);
            out.closeEntry();
        }
        Path broken = Files.writeString(dir.resolve("broken.zip"), "not a zip");

        assertThatThrownBy(() -> SubmissionSource.of(evil.toString()).orElseThrow().materialize(dir.resolve("w1")))
                .isInstanceOf(IOException.class).hasMessageContaining("would land outside its folder");
        assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
        assertThatThrownBy(() -> SubmissionSource.of(broken.toString()).orElseThrow().materialize(dir.resolve("w2")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a readable zip");
    }

    @Test
    void refuses_an_empty_zip_and_one_that_unpacks_too_big_while_it_unpacks(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.zip");
        new ZipOutputStream(Files.newOutputStream(empty)).close();
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("exercises/zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= SubmissionSource.MAX_UNPACKED_BYTES; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }

        assertThatThrownBy(() -> SubmissionSource.of(empty.toString()).orElseThrow().materialize(dir.resolve("w1")))
                .isInstanceOf(IOException.class).hasMessageContaining("the zip is empty");
        assertThat(Files.size(bomb)).as("a small zip").isLessThan(1 << 20);
        assertThatThrownBy(() -> SubmissionSource.of(bomb.toString()).orElseThrow().materialize(dir.resolve("w2")))
                .isInstanceOf(IOException.class).hasMessageContaining("unpacks to more than");
        assertThat(Files.size(dir.resolve("w2/unzipped/exercises/zeros.bin"))).as("what was written before the refusal")
                .isLessThanOrEqualTo(SubmissionSource.MAX_UNPACKED_BYTES);
    }

    @Test
    void clones_a_repository_at_its_head(@TempDir Path dir) throws Exception {
        Path repo = repository(dir.resolve("dave.git"), "committed");
        Files.writeString(dir.resolve("dave.git-tree").resolve(SOURCE), "not committed");
        SubmissionSource source = SubmissionSource.of(repo.toUri().toString()).orElseThrow();

        Path cloned = source.materialize(dir.resolve("work"));

        assertThat(cloned.resolve(SOURCE)).hasContent("committed");
        assertThat(source.headCommit()).matches("[0-9a-f]{40}");
    }

    @Test
    void a_folder_holds_its_own_copy_untouched(@TempDir Path dir) throws Exception {
        Path alice = folder(dir.resolve("alice"), "mine");
        assertThat(SubmissionSource.of(alice.toString()).orElseThrow().materialize(dir.resolve("w"))).isEqualTo(alice);
    }
}
