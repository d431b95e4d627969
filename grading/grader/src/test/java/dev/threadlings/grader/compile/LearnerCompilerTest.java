package dev.threadlings.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerCompilerTest {

    @TempDir
    Path dir;

    private Path source(String relative, String text) throws Exception {
        Path file = dir.resolve("src").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void compiles_good_sources_into_classes() throws Exception {
        source("p/Good.java", "package p;\npublic class Good { public int x() { return 1; } }\n");
        source("p/Other.java", "package p;\nclass Other { Good good = new Good(); }\n");
        CompileResult result = LearnerCompiler.compile(dir.resolve("src"), List.of(), dir.resolve("out"));
        assertThat(result.success()).isTrue();
        assertThat(result.sourceCount()).isEqualTo(2);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(dir.resolve("out/p/Good.class")).exists();
    }

    @Test
    void collects_errors_as_javac_prints_them() throws Exception {
        source("p/Broken.java", "package p;\n\npublic class Broken {\n    int x() { return 1 }\n}\n");
        CompileResult result = LearnerCompiler.compile(dir.resolve("src"), List.of(), dir.resolve("out"));
        assertThat(result.success()).isFalse();
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.diagnostics()).containsExactly(
                "p/Broken.java:4: error: ';' expected",
                "        int x() { return 1 }",
                "                          ^");
    }

    @Test
    void reports_a_missing_type_with_its_name() throws Exception {
        source("p/Uses.java", "package p;\nclass Uses { NoSuchType t; }\n");
        CompileResult result = LearnerCompiler.compile(dir.resolve("src"), List.of(), dir.resolve("out"));
        assertThat(result.success()).isFalse();
        assertThat(String.join("\n", result.diagnostics())).contains("cannot find symbol").contains("NoSuchType");
    }

    @Test
    void compiles_against_the_class_path() throws Exception {
        source("p/UsesJUnit.java", "package p;\nclass UsesJUnit { org.junit.jupiter.api.Test t; }\n");
        Path junit = Path.of(org.junit.jupiter.api.Test.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        assertThat(LearnerCompiler.compile(dir.resolve("src"), List.of(junit), dir.resolve("out")).success()).isTrue();
    }

    @Test
    void an_empty_folder_does_not_compile() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        CompileResult result = LearnerCompiler.compile(dir.resolve("src"), List.of(), dir.resolve("out"));
        assertThat(result.success()).isFalse();
        assertThat(result.diagnostics().get(0)).startsWith("no .java file in");
    }

    @Test
    void quotes_only_the_first_lines() {
        CompileResult result = new CompileResult(false, dir, 40, java.util.Collections.nCopies(120, "line"), 1);
        List<String> lines = result.firstLines(30);
        assertThat(lines).hasSize(31);
        assertThat(lines.get(30)).isEqualTo("... (90 more lines; 40 errors in all)");
    }
}
