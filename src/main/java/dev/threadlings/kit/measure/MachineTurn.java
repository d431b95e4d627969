package dev.threadlings.kit.measure;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Speed trials on one machine take turns. Two at once (two modules of a parallel build, two test runs side by
 * side) measure each other: their rounds fall into step, and one strategy's runs can meet the other trial's busy
 * moments every time. Seen in CI: a correct thread-per-task strategy at 1.13× beside the yardstick's 1.89×, while
 * another module's speed trial ran. A turn is a lock on a file in the temporary folder, and within one JVM a
 * lock of its own.
 *
 * <p>A trial waits at most {@link #PATIENCE} for its turn, then measures anyway, as it would without turns: a
 * trial whose strategy hangs must never cost another one its points.
 */
final class MachineTurn implements AutoCloseable {

    /**
     * How long a trial waits for another one to finish before it measures anyway: a trial takes seconds, and a
     * test that waits must stay well inside its time limit (60 s in a learner's build).
     */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock(true);

    private final boolean ownLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private MachineTurn(boolean ownLock, FileChannel channel, FileLock fileLock) {
        this.ownLock = ownLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Waits for this machine's turn: until no other speed trial runs, or {@link #PATIENCE} has passed.
     *
     * @return the turn; close it when the trial is done
     */
    static MachineTurn take() {
        return take(Path.of(System.getProperty("java.io.tmpdir"),
                "threadlings-speed-trials-" + System.getProperty("user.name", "anyone") + ".lock"), PATIENCE);
    }

    static MachineTurn take(Path lockFile, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean ownLock = false;
        try {
            ownLock = IN_THIS_JVM.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new MachineTurn(false, null, null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new MachineTurn(ownLock, channel, lock);
                }
                if (System.nanoTime() - deadline > 0) {
                    break;
                }
                Thread.sleep(20);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // No turns here (a read-only temporary folder, say): measure as without them
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(channel);
        return new MachineTurn(ownLock, null, null);
    }

    /** @return whether this trial has the machine to itself (as far as other speed trials go) */
    boolean exclusive() {
        return fileLock != null;
    }

    @Override
    public void close() {
        try {
            if (fileLock != null) {
                fileLock.release();
            }
        } catch (IOException e) {
            // Released when the channel closes
        } finally {
            closeQuietly(channel);
            if (ownLock) {
                IN_THIS_JVM.unlock();
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing left to do
            }
        }
    }
}
