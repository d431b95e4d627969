package dev.threadlings.grader.handout;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Proves a handout holds nothing hidden: no {@code solutions/} or {@code grading/} folder, no reference to
 * them in its build, none of the hidden tests' names, seeds or fixtures' names in any file, and no command or
 * path that only the instructor's tree has (a README that says {@code -pl race}).
 */
public final class HandoutCheck {

    private static final Pattern TEST_METHOD = Pattern.compile("@(?:Test|ParameterizedTest)[^;{]*?void\\s+(\\w+)\\s*\\(",
            Pattern.DOTALL);
    private static final Pattern SEED = Pattern.compile("0x5eed_?[0-9a-fA-F_]+L?");

    /**
     * A command or path that only the instructor's tree has: a module of it chosen with {@code -pl}, one of its
     * folders, or its scripts. A learner who follows one meets "no such module" or "no such file".
     */
    private static final Pattern INSTRUCTOR_ONLY = Pattern.compile(
            "-pl\\s+(?:race|benchmarks|solutions/\\S*|grading/\\S*)\\b|(?<![\\w/.-])(?:solutions|grading|race|benchmarks)/"
                    + "|\\./(?:grade|handout)\\b");

    private HandoutCheck() {
    }

    /**
     * What must not appear in a handout, read from the instructor tree: every hidden test method's name
     * (they are long sentences, so a match is no accident), the hidden tests' seeds, the fixtures' names.
     *
     * @param instructorTree the instructor tree
     * @return the secrets, each a string to search for
     * @throws IOException when the tree cannot be read
     */
    public static Set<String> secrets(Path instructorTree) throws IOException {
        Set<String> secrets = new LinkedHashSet<>();
        Path hidden = instructorTree.resolve("grading/hidden");
        try (Stream<Path> files = Files.walk(hidden)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !hidden.relativize(f).startsWith("target")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher method = TEST_METHOD.matcher(source);
                while (method.find()) {
                    secrets.add(method.group(1));
                }
                Matcher seed = SEED.matcher(source);
                while (seed.find()) {
                    secrets.add(seed.group());
                }
            }
        }
        try (Stream<Path> fixtures = Files.walk(instructorTree.resolve("grading/fixtures"), 2)) {
            fixtures.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve("expect.txt")))
                    .forEach(d -> secrets.add(d.getFileName().toString()));
        }
        return secrets;
    }

    /**
     * Looks for what must not be there.
     *
     * @param handout the handout's folder
     * @param secrets what no file may contain ({@link #secrets})
     * @return one line per finding; empty for a clean handout
     * @throws IOException when the handout cannot be read
     */
    public static List<String> problems(Path handout, Set<String> secrets) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String folder : List.of("solutions", "grading", "race", "benchmarks", ".ci")) {
            if (Files.exists(handout.resolve(folder))) {
                problems.add("the handout has a " + folder + "/ folder");
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(handout)) {
            // A self-paced handout's grader holds the hidden tests on purpose (Handout.addGrader)
            files = walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(handout.resolve(".mvn/wrapper")))
                    .filter(f -> !f.startsWith(handout.resolve(Handout.GRADER))).toList();
        }
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                continue; // not text
            }
            String relative = handout.relativize(file).toString();
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    problems.add(relative + " holds the hidden " + (secret.startsWith("0x") ? "seed " : "name ")
                            + secret);
                }
            }
            Matcher instructorOnly = INSTRUCTOR_ONLY.matcher(text);
            if (instructorOnly.find() && !relative.startsWith(".mvn")) {
                problems.add(relative + " points to " + instructorOnly.group().strip()
                        + ", which only the instructor's tree has");
            }
            if (relative.endsWith("pom.xml")) {
                String lower = text.toLowerCase(Locale.ROOT);
                for (String hidden : List.of("solution", "grading/", "hidden-tests", "instructor")) {
                    if (lower.contains(hidden)) {
                        problems.add(relative + " mentions " + hidden);
                    }
                }
            }
        }
        return problems;
    }
}
