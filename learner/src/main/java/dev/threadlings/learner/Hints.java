package dev.threadlings.learner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's hints, from the exercise's README, so that they are written once: the task's own section first (what it
 * asks), then each of its {@code <details><summary>Hint: …</summary> … </details>} blocks, in order. Which of them the
 * learner has seen is kept in {@code .threadlings/hints.tsv}, so that each {@code ./threadlings hint} reveals one
 * more.
 */
final class Hints {

    /** Where the hints seen are kept, from the kit's folder. */
    static final Path SEEN = Path.of(".threadlings", "hints.tsv");

    private static final Pattern TASK_HEADING = Pattern.compile("^###\\s+(?:Task|任务)\\s*(\\d+)\\D.*$",
            Pattern.MULTILINE);
    private static final Pattern NEXT_HEADING = Pattern.compile("^#{2,3}\\s", Pattern.MULTILINE);
    private static final Pattern DETAILS = Pattern.compile(
            "<details>\\s*<summary>(.*?)</summary>(.*?)</details>", Pattern.DOTALL);

    /**
     * One hint.
     *
     * @param title its summary line
     * @param text its body, as the README has it
     */
    record Hint(String title, String text) {
    }

    private Hints() {
    }

    /**
     * The README a learner reads: the Chinese one where the locale or {@code LANG} asks for Chinese and the
     * exercise has it, else the English one.
     *
     * @param module the exercise's folder
     * @param language a language tag such as {@code zh-CN}, or empty for the environment's
     * @return the README's path
     */
    static Path readme(Path module, String language) {
        String lang = language.isEmpty() ? System.getenv().getOrDefault("LANG", Locale.getDefault().toString())
                : language;
        Path chinese = module.resolve("README.zh-CN.md");
        if (lang.toLowerCase(Locale.ROOT).startsWith("zh") && Files.isRegularFile(chinese)) {
            return chinese;
        }
        return module.resolve("README.md");
    }

    /**
     * A task's hints from a README's text.
     *
     * @param readme the README's text
     * @param task the task's number
     * @return the hints: the task's section first, then its hint blocks; empty when the README has no such section
     */
    static List<Hint> of(String readme, int task) {
        Matcher heading = TASK_HEADING.matcher(readme);
        while (heading.find()) {
            if (Integer.parseInt(heading.group(1)) != task) {
                continue;
            }
            int start = heading.end();
            Matcher next = NEXT_HEADING.matcher(readme);
            int end = next.find(start) ? next.start() : readme.length();
            String section = readme.substring(start, end);
            List<Hint> hints = new ArrayList<>();
            String statement = DETAILS.matcher(section).replaceAll("").strip();
            hints.add(new Hint(heading.group().replaceFirst("^###\\s+", "").strip(), statement));
            Matcher details = DETAILS.matcher(section);
            while (details.find()) {
                hints.add(new Hint(details.group(1).strip(), details.group(2).strip()));
            }
            return hints;
        }
        return List.of();
    }

    /**
     * How many of each task's hints the learner has seen.
     *
     * @param root the kit's folder
     * @return the counts by "exercise task"
     */
    static Map<String, Integer> seen(Path root) {
        Map<String, Integer> seen = new TreeMap<>();
        Path file = root.resolve(SEEN);
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length == 2 && f[1].matches("\\d+")) {
                        seen.put(f[0], Integer.parseInt(f[1]));
                    }
                }
            } catch (IOException e) {
                return seen; // start over: a hint shown twice costs nothing
            }
        }
        return seen;
    }

    /**
     * Records how many of a task's hints the learner has seen.
     *
     * @param root the kit's folder
     * @param key the task, as "exercise task"
     * @param count how many
     * @throws IOException when the file cannot be written
     */
    static void see(Path root, String key, int count) throws IOException {
        Map<String, Integer> seen = seen(root);
        seen.put(key, count);
        List<String> lines = new ArrayList<>();
        seen.forEach((k, v) -> lines.add(k + "\t" + v));
        Files.createDirectories(root.resolve(SEEN).getParent());
        Files.write(root.resolve(SEEN), lines, StandardCharsets.UTF_8);
    }

    /** A hint's text for the terminal: the README's Markdown, its HTML tags and blank-line runs dropped. */
    static String plain(String markdown) {
        return markdown.replaceAll("</?(details|summary)>", "").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
