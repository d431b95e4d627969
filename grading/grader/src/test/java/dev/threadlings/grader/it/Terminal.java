package dev.threadlings.grader.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real terminal for the tests that drive the learner CLI as a learner does: a shell in a tmux session of its own
 * (its own server socket, so nothing else's sessions are touched), keys typed into it, and its screen and history
 * read back.
 */
final class Terminal implements AutoCloseable {

    private final Path tmux;
    private final String socket;

    private Terminal(Path tmux, String socket) {
        this.tmux = tmux;
        this.socket = socket;
    }

    /**
     * The tmux to use: {@code THREADLINGS_TMUX}, else Debian's.
     *
     * @return its path, or empty when there is none
     */
    static Optional<Path> tmux() {
        for (String candidate : new String[] {System.getenv("THREADLINGS_TMUX"), "/usr/bin/tmux",
            "/usr/local/bin/tmux"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    /** @return whether CI asked for the terminal tests to run ({@code THREADLINGS_REQUIRE_TERMINAL=1}) */
    static boolean required() {
        return "1".equals(System.getenv("THREADLINGS_REQUIRE_TERMINAL"));
    }

    /**
     * Opens a terminal of 160 × 50 characters running {@code bash} in a folder.
     *
     * @param tmux the tmux binary
     * @param folder the shell's working folder
     * @param environment variables set in the shell (a {@code null} value unsets one)
     * @return the terminal
     * @throws IOException when tmux cannot start it
     * @throws InterruptedException when interrupted while it starts
     */
    static Terminal open(Path tmux, Path folder, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path config = Files.createTempFile("threadlings-tmux", ".conf");
        Files.writeString(config, "set -g history-limit 100000\nset -g remain-on-exit on\n");
        Terminal terminal = new Terminal(tmux, "threadlings-it-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime());
        List<String> command = new ArrayList<>(List.of(tmux.toString(), "-L", terminal.socket, "-f",
                config.toString(), "new-session", "-d", "-s", "t", "-x", "160", "-y", "50", "-c", folder.toString()));
        StringBuilder shell = new StringBuilder("env");
        // env takes its -u options before any NAME=VALUE
        environment.forEach((name, value) -> shell.append(value == null ? " -u " + name : ""));
        environment.forEach((name, value) -> shell.append(value == null ? ""
                : " " + name + "='" + value.replace("'", "'\\''") + "'"));
        command.add(shell + " bash --norc --noprofile");
        terminal.tmux(command);
        return terminal;
    }

    /**
     * Types a line and Enter.
     *
     * @param line what to type
     * @throws IOException when tmux fails
     * @throws InterruptedException when interrupted
     */
    void type(String line) throws IOException, InterruptedException {
        tmux(List.of(tmux.toString(), "-L", socket, "send-keys", "-t", "t", "-l", line));
        tmux(List.of(tmux.toString(), "-L", socket, "send-keys", "-t", "t", "Enter"));
    }

    /**
     * Everything the terminal has shown, its history included, lines joined where they wrapped.
     *
     * @return the text
     * @throws IOException when tmux fails
     * @throws InterruptedException when interrupted
     */
    String text() throws IOException, InterruptedException {
        return tmux(List.of(tmux.toString(), "-L", socket, "capture-pane", "-p", "-J", "-t", "t", "-S", "-"));
    }

    /**
     * Waits until the terminal has shown a text a given number of times.
     *
     * @param text what to wait for
     * @param times how many times it must have been shown
     * @param limit how long to wait
     * @return everything the terminal has shown
     * @throws IOException when tmux fails, or with the screen when the text did not come in time
     * @throws InterruptedException when interrupted
     */
    String await(String text, int times, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        String shown = text();
        while (count(shown, text) < times) {
            if (System.nanoTime() > end) {
                throw new IOException("the terminal did not show \"" + text + "\" " + times + " time(s) within "
                        + limit.toSeconds() + " s; it shows:\n" + shown);
            }
            Thread.sleep(250);
            shown = text();
        }
        return shown;
    }

    /**
     * Waits until the program the shell ran has ended and the shell waits for the next command, so that what is
     * typed next reaches the shell, not the program's own input.
     *
     * @param limit how long to wait
     * @throws IOException when tmux fails, or with the screen when the program did not end in time
     * @throws InterruptedException when interrupted
     */
    void awaitShell(Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!tmux(List.of(tmux.toString(), "-L", socket, "display-message", "-p", "-t", "t",
                "#{pane_current_command}")).strip().equals("bash")) {
            if (System.nanoTime() > end) {
                throw new IOException("the program in the terminal did not end within " + limit.toSeconds()
                        + " s; it shows:\n" + text());
            }
            Thread.sleep(100);
        }
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    private String tmux(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("tmux failed: " + String.join(" ", command) + "\n" + out);
        }
        return out;
    }

    /** Ends the session: its shell and what the shell started get a hang-up. */
    @Override
    public void close() throws IOException {
        try {
            new ProcessBuilder(tmux.toString(), "-L", socket, "kill-server").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
