package dev.threadlings.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources that are not UTF-8, classes in the wrong package, and changed signatures are named before any test runs. */
class SubmissionShapeTest {

    @TempDir
    Path dir;

    private void source(String root, String relative, String text) throws Exception {
        Path file = dir.resolve(root).resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Path compiled(String root) throws Exception {
        CompileResult result = LearnerCompiler.compile(dir.resolve(root), List.of(), dir.resolve(root + "-classes"));
        assertThat(result.success()).as(String.join("\n", result.diagnostics())).isTrue();
        return result.classesDir();
    }

    private Path jarOf(Path classes, String name) throws Exception {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void a_latin1_source_and_one_with_a_byte_order_mark_compile_and_are_named() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/p"));
        Files.write(src.resolve("Latin.java"),
                "package p;\n// caf\u00e9 \u00e0 la cr\u00e8me\nclass Latin { String s = \"\u00e9\"; }\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        byte[] text = "package p;\nclass Bom {}\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(src.resolve("Bom.java"), withBom);
        Files.writeString(src.resolve("Plain.java"), "package p;\nclass Plain { String s = \"\u00e9\u20ac\"; }\n");

        List<String> notes = SourceText.copyAsUtf8(dir.resolve("src"), dir.resolve("copy"));

        assertThat(notes).hasSize(2);
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("p/Latin.java is not UTF-8")
                .contains("Windows-1252"));
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("p/Bom.java starts with a byte order mark"));
        assertThat(Files.readString(dir.resolve("copy/p/Latin.java"))).contains("caf\u00e9 \u00e0 la cr\u00e8me");
        assertThat(Files.readString(dir.resolve("copy/p/Plain.java"))).contains("\u00e9\u20ac");
        CompileResult result = LearnerCompiler.compile(dir.resolve("copy"), List.of(), dir.resolve("out"));
        assertThat(result.success()).as(String.join("\n", result.diagnostics())).isTrue();
        CompileResult raw = LearnerCompiler.compile(dir.resolve("src"), List.of(), dir.resolve("raw"));
        assertThat(raw.success()).as("javac alone refuses them").isFalse();
    }

    @Test
    void classes_outside_the_stubs_packages_are_found_nested_ones_by_their_outer_class() throws Exception {
        source("stubs", "ex/Task.java", "package ex;\npublic class Task {}\n");
        Path stubs = jarOf(compiled("stubs"), "stubs.jar");
        source("learner", "ex/Task.java", "package ex;\npublic class Task { class Inner {} }\n");
        source("learner", "ex/util/Helper.java", "package ex.util;\npublic class Helper {}\n");
        source("learner", "kit/Kernels.java", "package kit;\npublic class Kernels { class Nested {} }\n");
        source("learner", "exx/Near.java", "package exx;\npublic class Near {}\n");
        source("learner", "Loose.java", "public class Loose {}\n");

        TreeSet<String> packages = Placement.packagesOf(stubs);

        assertThat(packages).containsExactly("ex/");
        assertThat(Placement.outside(compiled("learner"), packages)).containsExactly("Loose", "exx.Near", "kit.Kernels");
    }

    @Test
    void changed_constructors_and_methods_are_named_and_kept_ones_are_not() throws Exception {
        source("stubs", "ex/Sums.java", """
                package ex;
                public class Sums {
                    public Sums(int threads) {}
                    public java.util.List<Long> sumAll(java.util.List<Integer> numbers) { return null; }
                    public static int cores() { return 1; }
                }
                """);
        source("stubs", "ex/Same.java", "package ex;\npublic class Same { public void run() {} }\n");
        source("stubs", "ex/Gone.java", "package ex;\npublic class Gone { public void run() {} }\n");
        Path stubs = jarOf(compiled("stubs"), "stubs.jar");
        source("learner", "ex/Sums.java", """
                package ex;
                public class Sums {
                    public Sums() {}
                    public java.util.List<Long> sumAll(java.util.Collection<Integer> numbers) { return null; }
                    public static int cores() { return 2; }
                    public void extra() {}
                }
                """);
        source("learner", "ex/Same.java", "package ex;\npublic class Same { public void run() {} void more() {} }\n");

        List<String> missing = Signatures.missing(stubs, compiled("learner"), List.of());

        assertThat(missing).containsExactlyInAnyOrder(
                "Sums(int) is missing from Sums",
                "List sumAll(List) is missing from Sums");
    }

    @Test
    void classes_that_name_the_hidden_tests_or_the_grader_are_found_even_through_concatenated_literals()
            throws Exception {
        source("learner", "ex/Honest.java", "package ex;\npublic class Honest { String s = \"dev.threadlings.kit\"; }\n");
        source("learner", "ex/Cheat.java", """
                package ex;
                public class Cheat {
                    Object reference() throws Exception {
                        return Class.forName("dev.threadlings." + "hid" + "den.common.Reference");
                    }
                    class Inner { String results = "dev/threadlings/grader/testjvm/ResultsFile"; }
                }
                """);
        source("learner", "ex/Unpacks.java", "package ex;\nclass Unpacks { String s = \"threadlings-reference/\"; }\n");

        assertThat(ForbiddenNames.found(compiled("learner"))).containsExactly(
                "ex.Cheat names dev.threadlings.hidden",
                "ex.Cheat$Inner names dev.threadlings.grader",
                "ex.Unpacks names threadlings-reference");
    }
}
