package dev.threadlings.fibonacci;

import dev.threadlings.kit.hygiene.ChildProcesses;
import dev.threadlings.kit.hygiene.ThreadSnapshot;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.kernels.KernelLog;
import dev.threadlings.kit.measure.ThreadDemand;
import dev.threadlings.kit.messages.KernelMessages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The checks of exercise 03 that run a strategy and judge what the kernel log and the JVM saw: which threads or
 * processes computed what, and when; what is left behind; what was computed before a bad position was refused.
 * The learner's checks and the grader's hidden tests apply these same checks, on other positions.
 */
public final class FibChecks {

    private FibChecks() {
    }

    /**
     * What one call did.
     *
     * @param results its results
     * @param calls the kernel calls it made, here and in worker processes
     */
    public record Run(List<Long> results, List<KernelCall> calls) {
    }

    /**
     * Runs the strategy once while recording its kernel calls.
     *
     * @param runner the strategy
     * @param ns the positions
     * @return the run
     */
    public static Run record(FibonacciRunner runner, List<Integer> ns) {
        try (KernelLog.Recording recording = KernelLog.start()) {
            List<Long> results = runner.fibs(ns);
            return new Run(results, recording.calls());
        }
    }

    /**
     * Some of the tries showed two kernel calls on two threads at the same time.
     *
     * @param name the strategy, for messages
     * @param tries each try's kernel calls
     */
    public static void overlapped(String name, List<List<KernelCall>> tries) {
        List<KernelCall> last = tries.getLast();
        require(tries.stream().anyMatch(calls -> KernelCall.overlapApart(calls, false)), last.isEmpty()
                ? KernelMessages.noCalls(name, "Kernels.fib(n)", false)
                : String.format(Locale.ROOT, "%s's kernel calls never overlapped on two threads in %d calls (the last:"
                        + " %s): start every thread before joining any.", name, tries.size(), last));
    }

    /**
     * Every kernel call ran in a worker process, and calls in two of them overlapped.
     *
     * @param name the strategy, for messages
     * @param run its run
     */
    public static void inTwoWorkers(String name, Run run) {
        long own = run.calls().stream().filter(c -> c.pid() == ProcessHandle.current().pid()).count();
        boolean overlapped = KernelCall.overlapApart(run.calls(), true);
        require(own == 0 && overlapped, run.calls().isEmpty() ? KernelMessages.noCalls(name, "Kernels.fib(n)", true)
                : String.format(Locale.ROOT, "%s: %d of %d kernel calls ran in the test's own JVM, and calls in two"
                        + " worker processes %s. Start both workers before waiting for either; let the workers call"
                        + " Kernels.fib.", name, own, run.calls().size(), overlapped ? "overlapped" : "never overlapped"));
    }

    /**
     * Each position was computed once, on a new thread of its own.
     *
     * @param name the strategy, for messages
     * @param run its run
     * @param positions how many positions it was given
     */
    public static void threadPerPosition(String name, Run run, int positions) {
        long caller = Thread.currentThread().threadId();
        long threads = run.calls().stream().filter(c -> c.threadId() != caller).map(KernelCall::threadId).distinct()
                .count();
        require(threads == positions && run.calls().size() == positions, String.format(Locale.ROOT, "%s computed %d"
                + " positions with %d kernel calls on %d threads of its own (expected one new thread per position, %d"
                + " of them): start a Thread for each position and join them all. A pool of two threads is not thread"
                + " per task: give it three positions and one waits.", name, positions, run.calls().size(), threads,
                positions));
    }

    /**
     * Every kernel call ran on one thread of the strategy's own: not the caller, not a virtual thread, not the
     * common pool.
     *
     * @param name the strategy, for messages
     * @param run its run
     */
    public static void onAnEventLoop(String name, Run run) {
        long caller = Thread.currentThread().threadId();
        List<String> threads = run.calls().stream().map(c -> "'" + c.thread() + "'" + (c.virtual() ? " (virtual)"
                : "")).distinct().toList();
        boolean ownThread = run.calls().stream().noneMatch(c -> c.threadId() == caller || c.virtual()
                || c.thread().startsWith("ForkJoinPool"));
        require(!run.calls().isEmpty() && threads.size() == 1 && ownThread, String.format(Locale.ROOT, "%s ran its %d"
                + " kernel calls on %s. An event loop is one thread of its own that runs every task in turn: make a"
                + " single-thread executor for the call (Executors.newSingleThreadExecutor()) and give it to every"
                + " supplyAsync. Without an executor supplyAsync runs on the common pool, whose workers are one thread"
                + " on a two-core machine only by chance; the calling thread or a virtual thread is no event loop"
                + " either.", name, run.calls().size(), threads.isEmpty() ? "no thread (no kernel call was recorded)"
                        : threads));
    }

    /**
     * Fork/join split every position down to the threshold before calling the kernel.
     *
     * @param name the strategy, for messages
     * @param run its run
     * @param ns the positions it was given
     * @param threshold the README's threshold
     */
    public static void splitDownTo(String name, Run run, List<Integer> ns, int threshold) {
        long largest = run.calls().stream().mapToLong(KernelCall::argument).max().orElse(-1);
        require(largest >= 1 && largest <= threshold, largest < 0 ? KernelMessages.noCalls(name, "Kernels.fib(n)",
                false) : String.format(Locale.ROOT, "%s called Kernels.fib on positions up to %d for %s (%d calls):"
                        + " split fib(n) into fib(n - 1) + fib(n - 2) until n <= THRESHOLD (%d), and only then call"
                        + " the kernel. With a higher threshold the pieces stay too big to keep every core busy to the"
                        + " end, and the speedup depends on the machine.", name, largest, ns, run.calls().size(),
                        threshold));
    }

    /**
     * Every position was computed with the kit's kernel: exactly one call per position, or, for fork/join
     * ({@code split}), the pieces ending in the kernel. A cache, a formula or a loop skips the work the exercise
     * measures.
     *
     * @param name the strategy, for messages
     * @param kernel {@code "fib"}, {@code "interpretedFib"} (the GIL's), or {@code "split"} (fork/join: the kernel
     *     on smaller positions)
     * @param run its run
     * @param ns the positions it was given
     * @param call which call this was (1 for the first), for messages
     * @param workers whether the kernel runs in worker processes, for messages
     */
    public static void kernelPerPosition(String name, String kernel, Run run, List<Integer> ns, int call,
            boolean workers) {
        String called = kernel.equals("split") ? "fib" : kernel;
        List<Long> arguments = run.calls().stream().filter(c -> c.kernel().equals(called)).map(KernelCall::argument)
                .sorted().toList();
        if (kernel.equals("split")) {
            require(!arguments.isEmpty(), name + " made no Kernels.fib call in call " + call + ": the tasks must end"
                    + " in the kit's kernel, every call, not in a formula or a cache");
            return;
        }
        require(arguments.equals(ns.stream().map(Long::valueOf).sorted().toList()), arguments.isEmpty()
                ? KernelMessages.noCalls(name, "Kernels." + kernel + "(n)", workers)
                : String.format(Locale.ROOT, "%s called Kernels.%s with %s for positions %s (call %d): expected exactly"
                        + " one call per position, in every call; a cache, a formula or a loop skips the work the"
                        + " exercise measures", name, kernel, arguments, ns, call));
    }

    /**
     * A call with a position outside 1 to 92 throws {@link IllegalArgumentException} before any kernel call.
     *
     * @param name the strategy, for messages
     * @param runner the strategy
     * @param ns positions, one of them outside 1 to 92
     * @param bad that position
     */
    public static void refusesBeforeAnyWork(String name, FibonacciRunner runner, List<Integer> ns, int bad) {
        Throwable thrown = null;
        List<KernelCall> calls;
        try (KernelLog.Recording recording = KernelLog.start()) {
            try {
                runner.fibs(ns);
            } catch (RuntimeException e) {
                thrown = e;
            }
            calls = recording.calls();
        }
        if (thrown != null && dev.threadlings.kit.junit.Todo.isTodo(thrown)) {
            throw (RuntimeException) thrown; // a stub: not attempted, not wrong
        }
        require(thrown instanceof IllegalArgumentException, name + " must throw IllegalArgumentException for position "
                + bad + " (only 1 to 92 fit a long), unwrapped from any CompletionException or ExecutionException;"
                + " it " + (thrown == null ? "returned" : "threw " + thrown));
        List<String> computed = calls.stream().map(c -> c.kernel() + "(" + c.argument() + ") on " + c.thread())
                .toList();
        require(computed.isEmpty(), name + " computed " + computed + " before refusing position " + bad + ": check"
                + " every position before any work starts");
    }

    /**
     * One call of a fresh strategy leaves no thread running after it returns and is closed.
     *
     * @param name the strategy, for messages
     * @param fresh makes the strategy from a fresh copy of its classes, so that an executor kept in a static field
     *     is made during this call
     * @param ns the positions
     * @param hint what to try
     */
    public static void leavesNoThreads(String name, Supplier<FibonacciRunner> fresh, List<Integer> ns, String hint) {
        ThreadSnapshot before = ThreadSnapshot.take();
        try (FibonacciRunner runner = fresh.get()) {
            runner.fibs(ns);
        }
        List<String> leaked = before.leakedSince(t -> t.getName().equals(ChildProcesses.WATCHER_THREAD),
                Duration.ofSeconds(2));
        require(leaked.isEmpty(), name + " left " + leaked.size() + " thread(s) alive after it returned: " + leaked
                + ". " + hint);
    }

    /**
     * No worker process outlives the strategy; any found are ended.
     *
     * @param name the strategy, for messages
     */
    public static void leavesNoWorkers(String name) {
        ChildProcesses.requireNoneAlive(Duration.ofSeconds(1), alive -> name + " left " + alive.size() + " worker process(es) alive: " + alive + ". Close"
                    + " each worker's standard input, waitFor() it, and destroy() it in a finally block.");
    }

    /**
     * Starts the threads, waits for them at most {@code limit}, and fails with a hint if they hang.
     *
     * @param work each thread's work
     * @param limit how long to wait for them all
     * @param what what they do, for messages
     * @throws InterruptedException when the caller is interrupted
     */
    public static void runAll(List<Runnable> work, Duration limit, String what) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < work.size(); i++) {
            Runnable task = work.get(i);
            threads.add(Thread.ofPlatform().daemon().name("gil-test-" + i).start(() -> {
                try {
                    task.run();
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }));
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (failure.get() == null && System.nanoTime() < deadline && threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(5); // a failure in one thread (a stub's TODO) ends the wait for the others
        }
        List<String> stuck = threads.stream().filter(Thread::isAlive).map(Thread::getName).toList();
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(1));
        }
        if (failure.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (!stuck.isEmpty()) {
            throw new AssertionError(what + ": threads " + stuck + " were still waiting after " + limit.toSeconds() + " s. A waiter that"
                    + " is never woken (a missing signalAll()/notifyAll() in release() or at a hand-over) waits"
                    + " forever.");
        }
    }

    /**
     * A thread waiting in {@code acquire()} sleeps: while another thread holds the lock without computing (no
     * checkpoint is reached), the waiter neither uses CPU nor queues for a core ({@link ThreadDemand}), so the
     * verdict holds on a busy machine too, where a spinning waiter gets little CPU. A waiter that came so late that
     * it waited less than half the hold is tried again, up to three times.
     *
     * @param lock the lock
     * @param hold how long the holder keeps it
     * @throws InterruptedException when the caller is interrupted
     */
    public static void waiterSleeps(InterpreterLock lock, Duration hold) throws InterruptedException {
        Wait wait = null;
        for (int attempt = 0; attempt < 3 && (wait == null || wait.wallMillis() < hold.toMillis() / 2.0); attempt++) {
            wait = waitOnce(lock, hold);
        }
        require(wait != null, "the waiter never returned from acquire()");
        double wantedMillis = wait.demand() == null ? wait.cpuMillis() : wait.demand().wantedNanos() / 1e6;
        boolean spins = wait.cpuMillis() >= SPIN_MILLIS
                || wantedMillis >= SPIN_MILLIS && wantedMillis >= wait.wallMillis() / 2;
        require(!spins, String.format(Locale.ROOT, "a thread waiting %.0f ms in acquire() used %.0f ms of CPU%s;"
                + " a waiting thread should sleep (Condition.await(), Object.wait()), not loop checking the lock,"
                + " which burns a core the holder could use.", wait.wallMillis(), wait.cpuMillis(),
                wait.demand() == null ? "" : String.format(Locale.ROOT, " and was ready to run, queued for a busy"
                        + " core, for %.0f ms more", wait.demand().queuedNanos() / 1e6)));
    }

    /** CPU or run time a sleeping waiter never reaches while it waits: it wakes once, or a few times. */
    private static final double SPIN_MILLIS = 60;

    /**
     * One wait of a thread in {@code acquire()} while another holds the lock.
     *
     * @param wallMillis how long it waited
     * @param cpuMillis the CPU time it used meanwhile
     * @param demand its CPU and queued time meanwhile, or null where the kernel gives none
     */
    private record Wait(double wallMillis, double cpuMillis, ThreadDemand demand) {
    }

    private static Wait waitOnce(InterpreterLock lock, Duration hold) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        AtomicReference<Wait> wait = new AtomicReference<>();
        Runnable holder = () -> {
            lock.acquire();
            try {
                held.countDown();
                Thread.sleep(hold); // holding the lock without computing: no checkpoint is reached
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.release();
            }
        };
        Runnable waiter = () -> {
            try {
                held.await();
            } catch (InterruptedException e) {
                return;
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            java.util.Optional<ThreadDemand> before = ThreadDemand.now();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            lock.acquire();
            double wallMillis = (System.nanoTime() - start) / 1e6;
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            ThreadDemand demand = before.flatMap(b -> ThreadDemand.now().map(after -> after.since(b))).orElse(null);
            lock.release();
            wait.set(new Wait(wallMillis, cpuMillis, demand));
        };
        runAll(List.of(holder, waiter), Duration.ofSeconds(10), "a holder and one waiter");
        return wait.get();
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}
