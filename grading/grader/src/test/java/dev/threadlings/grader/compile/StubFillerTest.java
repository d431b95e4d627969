package dev.threadlings.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubFillerTest {

    @Test
    void copies_missing_top_level_classes_with_their_nested_ones(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("stubs.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"p/Kept.class", "p/Missing.class", "p/Missing$1.class",
                    "p/Missing$Inner.class", "META-INF/x.class"}) {
                out.putNextEntry(new JarEntry(name));
                out.write(("stub " + name).getBytes());
                out.closeEntry();
            }
        }
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("p"));
        Files.writeString(classes.resolve("p/Kept.class"), "learner");
        Files.writeString(classes.resolve("p/Renamed.class"), "learner");
        Files.writeString(classes.resolve("p/Renamed$1.class"), "learner");
        assertThat(StubFiller.unknown(jar, classes)).as("the learner's classes the stubs lack").containsExactly("Renamed");
        assertThat(StubFiller.fill(jar, classes)).containsExactly("p.Missing");
        assertThat(classes.resolve("p/Kept.class")).hasContent("learner");
        assertThat(classes.resolve("p/Missing.class")).exists();
        assertThat(classes.resolve("p/Missing$1.class")).exists();
        assertThat(classes.resolve("p/Missing$Inner.class")).exists();
        assertThat(classes.resolve("META-INF")).doesNotExist();
        assertThat(StubFiller.fill(jar, classes)).as("nothing is missing the second time").isEmpty();
    }
}
