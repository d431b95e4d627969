package dev.threadlings.learner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./threadlings watch}: runs the current task's checks, then again every time a Java file of its exercise is
 * saved; when the task is done, moves on to the next one. Lines typed meanwhile: {@code h} a hint, {@code r} a rerun,
 * {@code q} the end.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Runs the current task's checks, then again every time you save a Java file of its exercise;"
                + " when the task is done, goes on to the next. While it watches: h + Enter shows a hint, r + Enter"
                + " reruns, q + Enter quits (Ctrl-C too)."})
final class WatchCommand implements Callable<Integer> {

    /** How long a burst of saves may last: the checks run once after it. */
    private static final long QUIET_MILLIS = 400;

    @ParentCommand
    Threadlings parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-e", "--exercise"}, description = "Watch this exercise's task instead of the current one.")
    String exercise;

    @Option(names = {"-t", "--task"}, description = "Watch this task (its number or strategy class) and stay on it.")
    String task;

    @Option(names = "--lang", description = "zh-CN for the Chinese README's hints (default: from LANG).",
            defaultValue = "")
    String language;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Course course = parent.course();
        boolean pinned = task != null || exercise != null;
        Optional<Course.Spot> first = pinned ? Optional.of(course.find(exercise, task)) : course.current();
        if (first.isEmpty()) {
            out.println("Every task is done: nothing to watch. ./threadlings shows them all.");
            return 0;
        }
        Course.Spot spot = first.get();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread keys = Thread.ofPlatform().daemon().name("watch-keys").start(() -> readKeys(events));
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Path watched = sources(course, spot);
            register(watcher, watched);
            Thread.ofPlatform().daemon().name("watch-files").start(() -> readChanges(watcher, events));
            boolean run = true;
            while (true) {
                if (run) {
                    Checks.Outcome outcome = Checks.run(course, List.of(spot.exercise()), spot.task().number(), out);
                    Checks.print(outcome, out);
                    boolean done = course.done(spot);
                    out.println(done ? "Task " + spot.task().number() + " of " + spot.exercise().id() + " is done."
                            : "Not done yet: fix what the checks say, then save.");
                    if (done && !pinned) {
                        Optional<Course.Spot> next = course.current();
                        if (next.isEmpty()) {
                            out.println("Every task of every exercise is done. ./threadlings check writes a report"
                                    + " of all of them.");
                            out.flush();
                            return 0;
                        }
                        spot = next.get();
                        out.println("Next: " + spot.name() + ": " + spot.task().goal() + ".");
                        Path now = sources(course, spot);
                        if (!now.equals(watched)) {
                            watched = now;
                            register(watcher, watched);
                        }
                    }
                }
                out.println("Watching " + course.root().relativize(watched) + " for " + spot.name()
                        + ": save a file to run its checks; h + Enter a hint, r + Enter a rerun, q + Enter the end.");
                out.flush();
                String event = events.take();
                run = false;
                if (event.startsWith("change:") && Path.of(event.substring("change:".length())).startsWith(watched)) {
                    while (events.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) != null) {
                        // a burst of saves: wait for it to end
                    }
                    out.println();
                    out.println("Saved: " + course.root().relativize(Path.of(event.substring("change:".length()))));
                    run = true;
                } else if (event.equals("key:r")) {
                    run = true;
                } else if (event.equals("key:h")) {
                    HintCommand.show(course, spot, language, false, out);
                } else if (event.equals("key:q")) {
                    out.println("Stopped watching. ./threadlings shows where you stand.");
                    out.flush();
                    return 0;
                }
            }
        } finally {
            keys.interrupt();
        }
    }

    /** The Java sources of a task's exercise. */
    private static Path sources(Course course, Course.Spot spot) {
        return course.module(spot.exercise()).resolve("src").resolve("main").resolve("java");
    }

    /** Watches a folder and every folder in it. */
    private static void register(WatchService watcher, Path folder) throws IOException {
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path dir : folders.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    /** Turns saved Java files into events; a new folder is watched too. */
    private static void readChanges(WatchService watcher, BlockingQueue<String> events) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (!(event.context() instanceof Path name)) {
                        continue;
                    }
                    Path changed = dir.resolve(name);
                    if (Files.isDirectory(changed)) {
                        register(watcher, changed);
                    } else if (name.toString().endsWith(".java")) {
                        events.add("change:" + changed);
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException | IOException e) {
            // the watch ended
        }
    }

    /** Turns the lines typed into events; the end of the input ends nothing (watch runs on without a terminal). */
    private static void readKeys(BlockingQueue<String> events) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                events.add("key:" + line.strip().toLowerCase(java.util.Locale.ROOT));
            }
        } catch (IOException e) {
            // no input: only saves drive the watch
        }
    }
}
