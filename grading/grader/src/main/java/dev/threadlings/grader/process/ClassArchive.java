package dev.threadlings.grader.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A class-data-sharing archive of the grading class path, so that every test JVM maps the ten thousand classes of
 * JUnit, the mock server and the kit from one file instead of loading and verifying each: measured on two cores,
 * a test JVM of a downloads task took 3.8 s of CPU instead of 6.0 s. The learner's classes come after the grading
 * class path and are never archived.
 *
 * <p>An archive is made once per installation, exercise and JDK ({@link InstallCache}), and only when a second test
 * JVM of the exercise is about to start: the first records the classes it loads and keeps the list, and the JDK
 * dumps them ({@code -Xshare:dump}, 4.7 s of one core) before the next one. A grading that runs each exercise's
 * tests once, as a course platform's fresh container does for every submission, so never pays for an archive that
 * nothing would map (a self-paced handout's first grade of four exercises took 31 s with the dumps, against 11 s
 * for the next). One archive per exercise, because their tests load different classes (the downloads' mock server,
 * say): with one archive for all, made by whichever exercise was graded first, a downloads test JVM took 2.8 s of
 * CPU when that was another exercise and 2.0 s when it was the downloads. Where that cannot be written, or the dump
 * fails, JVMs simply run without it; a stale or foreign archive is ignored by the JVM ({@code -Xshare:auto}) and its
 * complaint silenced.
 */
public final class ClassArchive {

    /** How long the dump may take. */
    private static final Duration DUMP_LIMIT = Duration.ofSeconds(120);

    private final List<Path> classPath;
    private final Path file;
    private final Path classList;

    private ClassArchive(List<Path> classPath, Path file, Path classList) {
        this.classPath = List.copyOf(classPath);
        this.file = file;
        this.classList = classList;
    }

    /**
     * The archive of an installation's grading class path for one exercise's test JVMs, for the running JDK.
     *
     * @param home the installation
     * @param exercise the exercise's id
     * @return the archive, whether it exists yet or not
     */
    public static ClassArchive of(GraderHome home, String exercise) {
        List<Path> classPath = home.gradingClassPath();
        return new ClassArchive(classPath, InstallCache.file(home, "grading", "jsa", classPath, exercise),
                InstallCache.file(home, "grading", "lst", classPath, exercise));
    }

    /**
     * Whether the archive has been made.
     *
     * @return {@code true} when its file is there
     */
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /**
     * The options of a JVM whose class path begins with the grading class path: map the archive, made now from the
     * classes an earlier JVM recorded ({@link #keep}) if it is not there yet; else record the classes loaded, where
     * asked.
     *
     * @param record where this JVM records the classes it loads while there is no archive, or {@code null} not to
     * @return the JVM options, possibly none
     */
    public List<String> options(Path record) {
        if (!exists() && Files.isRegularFile(classList)) {
            create();
        }
        if (exists()) {
            return List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds=off");
        }
        return record == null ? List.of() : List.of("-XX:DumpLoadedClassList=" + record);
    }

    /**
     * Keeps the classes a JVM recorded ({@link #options}), for the archive the next JVM's {@link #options} makes;
     * nothing when the archive or a list is there already.
     *
     * @param recorded the recorded classes, moved away from there
     */
    public void keep(Path recorded) {
        if (exists() || Files.isRegularFile(classList) || !Files.isRegularFile(recorded)) {
            return;
        }
        try {
            Path temporary = InstallCache.temporary(classList);
            Files.move(recorded, temporary);
            InstallCache.publish(temporary, classList);
        } catch (IOException e) {
            // a folder that cannot be written: no list, no archive
        }
    }

    /**
     * Makes the archive from the kept class list. Gives up quietly on any failure, the list deleted so that the next
     * JVM records a new one: the archive only saves time.
     */
    private void create() {
        Path temporary = null;
        boolean made = false;
        try {
            temporary = InstallCache.temporary(file);
            List<String> command = new ArrayList<>(List.of(JavaLauncher.java().toString(), "-Xshare:dump",
                    "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + temporary, "-Xlog:disable",
                    "-cp", classPath.stream().map(Path::toString).collect(Collectors.joining(
                            java.io.File.pathSeparator))));
            Process dump = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            dump.getOutputStream().close();
            if (!dump.waitFor(DUMP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                dump.destroyForcibly();
            } else if (dump.exitValue() == 0 && Files.isRegularFile(temporary) && Files.size(temporary) > 0) {
                InstallCache.publish(temporary, file);
                made = exists();
            }
        } catch (IOException e) {
            // a folder that cannot be written: no archive
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
                if (!made && !exists()) {
                    Files.deleteIfExists(classList);
                }
            } catch (IOException e) {
                // left for the next clean
            }
        }
    }
}
