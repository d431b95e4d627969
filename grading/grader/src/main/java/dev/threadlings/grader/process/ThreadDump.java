package dev.threadlings.grader.process;

import dev.threadlings.kit.CodeOwner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Takes a thread dump of a running JVM and keeps the part a learner can read: the threads that run
 * the kit's, the tests' or the learner's code.
 */
public final class ThreadDump {

    /** The most lines an excerpt keeps. */
    public static final int MAX_LINES = 60;

    private ThreadDump() {
    }

    /**
     * Dumps the threads of {@code pid} with {@code jcmd Thread.print}, or, without {@code jcmd}, with a
     * {@code SIGQUIT} whose dump the JVM prints to its own output ({@code log}).
     *
     * @param pid the JVM's process id
     * @param log the file that the JVM's output goes to
     * @return the excerpt, or a line that says why there is none
     */
    public static String take(long pid, Path log) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (Files.isExecutable(jcmd)) {
            String dump = run(List.of(jcmd.toString(), Long.toString(pid), "Thread.print"), 20);
            if (dump != null && dump.contains("\"")) {
                return excerpt(dump);
            }
        }
        try {
            long before = Files.exists(log) ? Files.size(log) : 0;
            run(List.of("kill", "-QUIT", Long.toString(pid)), 5);
            Thread.sleep(1500);
            String tail = readFrom(log, before);
            int start = tail.indexOf("Full thread dump");
            return start < 0 ? "(no thread dump could be taken)" : excerpt(tail.substring(start));
        } catch (IOException e) {
            return "(no thread dump could be taken: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump could be taken: interrupted)";
        }
    }

    /**
     * Keeps the threads of a dump that show project code (the grader's own excepted), at most
     * {@link #MAX_LINES} lines; when no thread does, the dump's first lines.
     *
     * @param dump a full thread dump, as {@code jcmd Thread.print} prints it
     * @return the excerpt
     */
    public static String excerpt(String dump) {
        List<List<String>> threads = new ArrayList<>();
        List<String> current = null;
        for (String line : dump.split("\\R")) {
            if (line.startsWith("\"")) {
                current = new ArrayList<>();
                threads.add(current);
            } else if (line.isBlank()) {
                current = null;
                continue;
            }
            if (current != null) {
                current.add(line);
            }
        }
        List<String> kept = new ArrayList<>();
        for (List<String> thread : threads) {
            int last = -1;
            for (int i = 0; i < thread.size(); i++) {
                if (isProjectFrame(thread.get(i))) {
                    last = i;
                }
            }
            if (last >= 0) {
                kept.addAll(thread.subList(0, last + 1));
                if (last + 1 < thread.size()) {
                    kept.add("    ...");
                }
                kept.add("");
            }
        }
        if (kept.isEmpty()) {
            threads.forEach(t -> {
                kept.addAll(t);
                kept.add("");
            });
        }
        List<String> lines = kept.size() > MAX_LINES ? new ArrayList<>(kept.subList(0, MAX_LINES)) : kept;
        if (kept.size() > MAX_LINES) {
            lines.add("... (thread dump cut)");
        }
        return String.join("\n", lines).replace("\t", "    ").strip();
    }

    private static boolean isProjectFrame(String line) {
        String frame = line.strip();
        return frame.startsWith("at ") && CodeOwner.of(frame.substring("at ".length())).shownToLearners();
    }

    private static String run(List<String> command, int timeoutSeconds) {
        Path out = null;
        try {
            out = Files.createTempFile("threadlings-dump-", ".txt");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // A temp file left behind is harmless.
                }
            }
        }
    }

    private static String readFrom(Path file, long offset) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        byte[] all = Files.readAllBytes(file);
        int from = (int) Math.min(offset, all.length);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }
}
