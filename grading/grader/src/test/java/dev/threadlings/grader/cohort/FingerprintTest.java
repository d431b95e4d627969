package dev.threadlings.grader.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @Test
    void changes_with_the_learners_sources_and_the_settings_but_not_with_what_the_grader_never_reads(
            @TempDir Path dir) throws Exception {
        Path alice = SubmissionSourceTest.folder(dir.resolve("alice"), "v1");
        SubmissionSource source = SubmissionSource.of(alice.toString()).orElseThrow();
        String first = Fingerprint.of(source, "settings");

        Path test = alice.resolve("exercises/01-downloads/src/test/java/T.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, "a visible test the learner edited");
        Files.writeString(alice.resolve("README.md"), "notes");
        assertThat(Fingerprint.of(source, "settings")).isEqualTo(first);
        assertThat(Fingerprint.of(source, "other settings")).isNotEqualTo(first);

        Files.writeString(alice.resolve(SubmissionSourceTest.SOURCE), "v2");
        assertThat(Fingerprint.of(source, "settings")).isNotEqualTo(first).matches("[0-9a-f]{64}");
    }

    @Test
    void a_zip_by_its_bytes_and_a_repository_by_its_head_commit(@TempDir Path dir) throws Exception {
        SubmissionSource zip = SubmissionSource.of(SubmissionSourceTest.zip(dir.resolve("z.zip"), "", "v1")
                .toString()).orElseThrow();
        String zipped = Fingerprint.of(zip, "s");
        SubmissionSourceTest.zip(dir.resolve("z.zip"), "", "v2");
        assertThat(Fingerprint.of(zip, "s")).isNotEqualTo(zipped);

        Path repo = SubmissionSourceTest.repository(dir.resolve("r.git"), "v1");
        Path tree = dir.resolve("r.git-tree");
        SubmissionSource git = SubmissionSource.of(repo.toString()).orElseThrow();
        String committed = Fingerprint.of(git, "s");
        SubmissionSourceTest.git(tree, "commit", "-q", "--allow-empty", "-m", "not pushed");
        assertThat(Fingerprint.of(git, "s")).as("only what reached the repository counts").isEqualTo(committed);
        SubmissionSourceTest.git(tree, "push", "-q", repo.toString(), "HEAD:main");
        assertThat(Fingerprint.of(git, "s")).isNotEqualTo(committed);
    }

    @Test
    void a_jar_rewritten_with_its_size_and_time_kept_gets_another_identity(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("kit.jar"), "the kit's classes");
        String before = Fingerprint.ofJar(jar);
        assertThat(Fingerprint.ofJar(jar)).isEqualTo(before);
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(jar);

        Thread.sleep(20);
        Files.writeString(jar, "the kit's clashes");
        Files.setLastModifiedTime(jar, time);
        assertThat(Files.size(jar)).isEqualTo("the kit's classes".length());
        assertThat(Fingerprint.ofJar(jar)).isNotEqualTo(before);

        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix")) {
            Files.writeString(jar, "the kit's classes");
            Files.setLastModifiedTime(jar, time);
            assertThat(Fingerprint.ofJar(jar)).as("the same bytes again, written after the first reading")
                    .isNotEqualTo(before);
        }
    }
}
