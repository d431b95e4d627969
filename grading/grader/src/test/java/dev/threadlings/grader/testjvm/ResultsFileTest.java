package dev.threadlings.grader.testjvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadlings.grader.plan.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

    @TempDir
    Path dir;

    private static TestJvmEvent.Finished passed(String id) {
        return new TestJvmEvent.Finished(id, Status.PASSED, "", 1, 1, 0, 5);
    }

    private static TestJvmEvent.Finished failed(String id) {
        return new TestJvmEvent.Finished(id, Status.FAILED, "expected 14 but was 0", 1, 0, 0, 5);
    }

    @Test
    void signed_events_are_read_back_in_order() throws Exception {
        Path path = dir.resolve("results.jsonl");
        byte[] key = ResultsFile.newKey();
        ResultsFile file = new ResultsFile(path, key);
        file.append(new TestJvmEvent.Started("a"));
        file.append(failed("a"));
        file.append(new TestJvmEvent.Done());

        ResultsFile.Contents contents = ResultsFile.read(path, key);

        assertThat(contents.foreign()).isZero();
        assertThat(contents.events()).containsExactly(new TestJvmEvent.Started("a"), failed("a"),
                new TestJvmEvent.Done());
    }

    @Test
    void lines_written_by_anyone_else_are_counted_and_ignored() throws Exception {
        Path path = dir.resolve("results.jsonl");
        byte[] key = ResultsFile.newKey();
        ResultsFile file = new ResultsFile(path, key);
        file.append(new TestJvmEvent.Started("a"));
        String signedStart = Files.readAllLines(path).get(0);
        // learner code: an unsigned "passed", a "passed" signed with a key of its own, and a replayed line
        append(path, "{\"event\":\"finished\",\"id\":\"a\",\"status\":\"PASSED\"}\n");
        ResultsFile own = new ResultsFile(dir.resolve("own.jsonl"), ResultsFile.newKey());
        own.append(new TestJvmEvent.Started("x"));
        own.append(passed("a"));
        append(path, Files.readAllLines(dir.resolve("own.jsonl")).get(1) + "\n");
        append(path, signedStart + "\n");
        file.append(failed("a"));
        file.append(new TestJvmEvent.Done());

        ResultsFile.Contents contents = ResultsFile.read(path, key);

        assertThat(contents.foreign()).isEqualTo(3);
        assertThat(contents.events()).containsExactly(new TestJvmEvent.Started("a"), failed("a"),
                new TestJvmEvent.Done());
    }

    @Test
    void a_signed_line_cannot_be_changed() throws Exception {
        Path path = dir.resolve("results.jsonl");
        byte[] key = ResultsFile.newKey();
        new ResultsFile(path, key).append(failed("a"));
        String line = Files.readString(path);
        Files.writeString(path, line.replace("FAILED", "PASSED").replace("\"passed\":0", "\"passed\":1"));

        ResultsFile.Contents contents = ResultsFile.read(path, key);

        assertThat(contents.events()).isEmpty();
        assertThat(contents.foreign()).isEqualTo(1);
    }

    @Test
    void a_last_line_cut_short_by_a_kill_is_not_counted_as_foreign() throws Exception {
        Path path = dir.resolve("results.jsonl");
        byte[] key = ResultsFile.newKey();
        new ResultsFile(path, key).append(new TestJvmEvent.Started("a"));
        append(path, "3f2a9c {\"event\":\"fini");

        ResultsFile.Contents contents = ResultsFile.read(path, key);

        assertThat(contents.events()).hasSize(1);
        assertThat(contents.foreign()).isZero();
    }

    @Test
    void each_kind_of_event_is_written_as_its_event_property_and_read_back_whole() throws Exception {
        Path path = dir.resolve("results.jsonl");
        byte[] key = ResultsFile.newKey();
        ResultsFile file = new ResultsFile(path, key);
        List<TestJvmEvent> events = List.of(new TestJvmEvent.Started("a"), failed("a"),
                new TestJvmEvent.Error("no such class"), new TestJvmEvent.Ended("b", "System.exit", "exit by p.Q"),
                new TestJvmEvent.Done());
        events.forEach(file::append);

        assertThat(Files.readAllLines(path)).extracting(line -> line.substring(line.indexOf(' ') + 1, line.indexOf(',') < 0
                ? line.length() : line.indexOf(','))).containsExactly("{\"event\":\"started\"",
                        "{\"event\":\"finished\"", "{\"event\":\"error\"", "{\"event\":\"ended\"",
                        "{\"event\":\"done\"}");
        assertThat(ResultsFile.read(path, key).events()).isEqualTo(events);
    }

    @Test
    void a_signed_event_of_an_unknown_kind_is_skipped_and_is_no_tampering() throws Exception {
        Path path = dir.resolve("results.jsonl");
        byte[] key = ResultsFile.newKey();
        ResultsFile file = new ResultsFile(path, key);
        file.append(new TestJvmEvent.Started("a"));
        file.appendJson("{\"event\":\"paused\",\"id\":\"a\"}"); // what a newer test JVM might write
        file.append(new TestJvmEvent.Done());

        ResultsFile.Contents contents = ResultsFile.read(path, key);

        assertThat(contents.events()).containsExactly(new TestJvmEvent.Started("a"), new TestJvmEvent.Done());
        assertThat(contents.foreign()).isZero();
    }

    @Test
    void a_key_travels_as_one_line_of_hex_and_nothing_else_is_taken_for_one() {
        byte[] key = ResultsFile.newKey();
        assertThat(ResultsFile.parseKey(ResultsFile.formatKey(key))).isEqualTo(key);
        for (String bad : new String[] {null, "", "not a key", ResultsFile.formatKey(key).substring(2)}) {
            assertThatThrownBy(() -> ResultsFile.parseKey(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no results key");
        }
        assertThat(ResultsFile.newKey()).as("two keys").isNotEqualTo(ResultsFile.newKey()).hasSize(32);
    }

    private static void append(Path path, String text) throws Exception {
        Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
