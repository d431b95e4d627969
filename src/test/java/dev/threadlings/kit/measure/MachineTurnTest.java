package dev.threadlings.kit.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadlings.kit.process.JavaCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(60)
class MachineTurnTest {

    @TempDir
    Path dir;

    /** Another process's speed trial: holds the turn's file lock for the given milliseconds. */
    public static final class OtherTrial {
        private OtherTrial() {
        }

        @SuppressWarnings("try") // the lock is held while it sleeps
        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(Long.parseLong(args[1]));
            }
        }
    }

    private Process otherTrialHolding(Path lockFile, long millis) throws Exception {
        Process other = new ProcessBuilder(JavaCommand.forMain(OtherTrial.class, lockFile.toString(),
                Long.toString(millis))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the other trial's JVM took the lock").isEqualTo("holding");
        return other;
    }

    @Test
    void waits_for_a_trial_in_another_process_to_finish() throws Exception {
        Path lockFile = dir.resolve("turns.lock");
        Process other = otherTrialHolding(lockFile, 1500);
        try {
            long start = System.nanoTime();
            try (MachineTurn turn = MachineTurn.take(lockFile, Duration.ofSeconds(30))) {
                long waited = System.nanoTime() - start;
                assertThat(turn.exclusive()).isTrue();
                assertThat(waited).as("waited, in ns, for the other trial's 1.5 s").isGreaterThan(1_000_000_000L);
            }
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void measures_anyway_once_its_patience_runs_out() throws Exception {
        Path lockFile = dir.resolve("turns.lock");
        Process other = otherTrialHolding(lockFile, 20_000);
        try {
            long start = System.nanoTime();
            try (MachineTurn turn = MachineTurn.take(lockFile, Duration.ofMillis(300))) {
                long waited = System.nanoTime() - start;
                assertThat(turn.exclusive()).as("the other trial still holds the machine").isFalse();
                assertThat(waited).as("waited, in ns, about its patience").isBetween(250_000_000L, 10_000_000_000L);
            }
            assertThat(other.isAlive()).as("the other trial keeps its turn").isTrue();
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void trials_in_one_jvm_take_turns_too() throws Exception {
        Path lockFile = dir.resolve("turns.lock");
        CompletableFuture<Long> second;
        long released;
        try (MachineTurn first = MachineTurn.take(lockFile, Duration.ofSeconds(30))) {
            assertThat(first.exclusive()).isTrue();
            second = CompletableFuture.supplyAsync(() -> {
                try (MachineTurn turn = MachineTurn.take(lockFile, Duration.ofSeconds(30))) {
                    assertThat(turn.exclusive()).isTrue();
                    return System.nanoTime();
                }
            });
            Thread.sleep(300);
            assertThat(second).as("the second trial waits for the first").isNotDone();
            released = System.nanoTime();
        }
        assertThat(second.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(released);
    }
}
