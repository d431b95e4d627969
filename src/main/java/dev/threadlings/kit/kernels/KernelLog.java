package dev.threadlings.kit.kernels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Where kernels record their calls, in this JVM and in the child JVMs it starts.
 *
 * <p>Nothing is kept unless a {@link Recording} is open. Then, in this JVM, a call costs one lock-free
 * queue insert (well under a microsecond, beside kernels that run for milliseconds). While it is open, its file's path is in the system property
 * {@value #PROPERTY}; {@code JavaCommand} passes that property on to child JVMs, whose kernels then
 * append one line per call to the file, so a recording also sees the calls made in other processes.
 */
public final class KernelLog {

    /** The system property that names the file child processes append their calls to. */
    public static final String PROPERTY = "threadlings.kernel.log";

    private static final long PID = ProcessHandle.current().pid();
    /**
     * The most calls one recording keeps per process; a strategy that makes millions of tiny kernel calls
     * (fork/join without a threshold) would otherwise fill the heap with its own evidence.
     */
    public static final int MAX_CALLS = 200_000;

    private static final Queue<KernelCall> CALLS = new ConcurrentLinkedQueue<>();
    private static final java.util.concurrent.atomic.AtomicInteger COUNTED = new java.util.concurrent.atomic.AtomicInteger();
    private static final Object FILE_LOCK = new Object();
    private static volatile boolean recording;
    private static volatile FileChannel file;
    private static volatile String filePath;

    private KernelLog() {
    }

    static void record(String kernel, long argument, long startNanos, long endNanos) {
        if (COUNTED.incrementAndGet() > MAX_CALLS) {
            return; // recording.calls() then holds the first MAX_CALLS calls of this process
        }
        Thread thread = Thread.currentThread();
        KernelCall call = new KernelCall(kernel, argument, thread.getName(), thread.threadId(), thread.isVirtual(),
                PID, startNanos, endNanos);
        if (recording) { // this JVM holds the recording
            CALLS.add(call);
            return;
        }
        String path = System.getProperty(PROPERTY);
        if (path != null && !path.isEmpty()) { // a child of the JVM that holds it
            append(path, call);
        }
    }

    private static void append(String path, KernelCall call) {
        byte[] line = (call.toLine() + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (FILE_LOCK) {
            try {
                if (file == null || !path.equals(filePath)) {
                    if (file != null) {
                        file.close();
                    }
                    file = FileChannel.open(Path.of(path), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.APPEND);
                    filePath = path;
                }
                file.write(ByteBuffer.wrap(line));
            } catch (IOException e) {
                throw new UncheckedIOException("could not record a kernel call in " + path, e);
            }
        }
    }

    /**
     * Starts recording: forgets earlier calls and opens a file for calls in child processes.
     *
     * @return the open recording; close it to stop
     */
    public static Recording start() {
        try {
            Path path = Files.createTempFile("threadlings-kernel-", ".log");
            CALLS.clear();
            COUNTED.set(0);
            recording = true;
            System.setProperty(PROPERTY, path.toString());
            return new Recording(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a kernel log file", e);
        }
    }

    /** The calls recorded since {@link #start()}, in this JVM and in its children. */
    public static final class Recording implements AutoCloseable {

        private final Path path;

        private Recording(Path path) {
            this.path = path;
        }

        /**
         * Every call recorded so far, in this process and its children, in order of start.
         *
         * @return the calls, oldest first
         */
        public List<KernelCall> calls() {
            List<KernelCall> all = new ArrayList<>(CALLS);
            try {
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    all.add(KernelCall.fromLine(line));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the kernel log " + path, e);
            }
            all.sort(Comparator.comparingLong(KernelCall::startNanos));
            return all;
        }

        /** Stops recording, here and in child processes started from now on, and deletes the file. */
        @Override
        public void close() {
            recording = false;
            CALLS.clear();
            System.clearProperty(PROPERTY);
            synchronized (FILE_LOCK) {
                try {
                    if (file != null) {
                        file.close();
                        file = null;
                        filePath = null;
                    }
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not delete the kernel log " + path, e);
                }
            }
        }
    }
}
