package dev.threadlings.sumsquares;

import dev.threadlings.kit.hygiene.ChildProcesses;
import dev.threadlings.kit.hygiene.ThreadSnapshot;
import dev.threadlings.kit.kernels.KernelCall;
import dev.threadlings.kit.kernels.KernelLog;
import dev.threadlings.kit.messages.KernelMessages;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The checks of exercise 02 that run a strategy and judge what the kernel log and the JVM saw: which threads or
 * processes ran the kernel calls and whether the calls overlapped, and threads or worker processes left behind.
 * Calls of about 20 ms overlap even on one core when they run on different threads (the scheduler interleaves
 * them), so this evidence does not depend on how many cores the machine has or how busy it is. The learner's
 * checks and the grader's hidden tests apply these same checks, on other numbers; the messages come from
 * {@link SumOfSquaresMessages}.
 */
public final class SumChecks {

    private SumChecks() {
    }

    /**
     * What one call did.
     *
     * @param results its results
     * @param calls the kernel calls it made, here and in worker processes
     */
    public record Run(List<BigInteger> results, List<KernelCall> calls) {

        /**
         * How many pairs of kernel calls overlapped in time.
         *
         * @return the number of pairs
         */
        public int overlappingPairs() {
            int pairs = 0;
            for (int i = 0; i < calls.size(); i++) {
                for (int j = i + 1; j < calls.size(); j++) {
                    if (calls.get(i).overlaps(calls.get(j))) {
                        pairs++;
                    }
                }
            }
            return pairs;
        }

        /**
         * The threads that ran kernel calls, as process and thread ids.
         *
         * @return the threads
         */
        public Set<String> threads() {
            return calls.stream().map(c -> c.pid() + "/" + c.threadId()).collect(Collectors.toSet());
        }

        /**
         * How many processes ran kernel calls.
         *
         * @return the number of processes
         */
        public int processes() {
            return (int) calls.stream().map(KernelCall::pid).distinct().count();
        }
    }

    /**
     * Runs the strategy once on the numbers while recording its kernel calls.
     *
     * @param strategy the strategy
     * @param numbers the numbers
     * @return the run
     */
    public static Run record(SumOfSquares strategy, List<Integer> numbers) {
        try (KernelLog.Recording recording = KernelLog.start()) {
            List<BigInteger> results = strategy.sumAll(numbers);
            return new Run(results, recording.calls());
        }
    }

    /**
     * The calls ran on one thread, one after another.
     *
     * @param name the strategy, for messages
     * @param run its run
     * @param hint what to try when they did not
     */
    public static void oneAfterAnother(String name, Run run, String hint) {
        int threads = run.threads().size();
        require(threads == 1 && run.overlappingPairs() == 0, SumOfSquaresMessages.notSpread(name, run.calls().size(),
                "1 thread and no overlap", threads + " threads", run.overlappingPairs(), hint));
    }

    /**
     * The calls ran on at least two threads, and some of them at the same time.
     *
     * @param name the strategy, for messages
     * @param run its run
     * @param hint what to try when they did not
     */
    public static void spread(String name, Run run, String hint) {
        int threads = run.threads().size();
        require(threads >= 2 && run.overlappingPairs() >= 1, SumOfSquaresMessages.notSpread(name, run.calls().size(),
                "at least 2 threads with overlapping calls", threads + " thread" + (threads == 1 ? "" : "s"),
                run.overlappingPairs(), hint));
    }

    /**
     * The calls ran on exactly as many threads (or processes) as the strategy was given; with more numbers than
     * that, every one of them gets work.
     *
     * @param name the strategy, for messages
     * @param what {@code "threads"} or {@code "processes"}
     * @param size how many it was given
     * @param run its run
     */
    public static void exactly(String name, String what, int size, Run run) {
        int seen = what.equals("threads") ? run.threads().size() : run.processes();
        require(seen == size, run.calls().isEmpty()
                ? KernelMessages.noCalls(name, "Kernels.sumOfSquares(n)", what.equals("processes"))
                : SumOfSquaresMessages.wrongThreadCount(name + "(" + size + ")", what, size, seen,
                        run.results() == null ? run.calls().size() : run.results().size()));
    }

    /**
     * On an executor of one thread, every call ran on that one thread, taking turns.
     *
     * @param name the strategy, for messages
     * @param run its run
     */
    public static void onOneThread(String name, Run run) {
        Set<String> names = run.calls().stream().map(KernelCall::thread).collect(Collectors.toSet());
        require(names.size() == 1 && run.overlappingPairs() == 0, SumOfSquaresMessages.notSpread(name,
                run.calls().size(), "every call on the executor's one thread", names.size() + " threads " + names,
                run.overlappingPairs(), "Run the kernel with supplyAsync(..., executor) on the executor you were given."
                        + " On one thread the calls take turns: correct, and no faster than sequential, just as"
                        + " asyncio on one core cannot speed up CPU work."));
    }

    /**
     * Every call ran in a worker JVM, in at least two of them, some at the same time.
     *
     * @param name the strategy, for messages
     * @param run its run
     */
    public static void inWorkerProcesses(String name, Run run) {
        int processes = run.processes();
        long foreign = run.calls().stream().filter(c -> c.pid() != ProcessHandle.current().pid()).count();
        int overlaps = run.overlappingPairs();
        require(processes >= 2 && foreign == run.calls().size() && overlaps >= 1, SumOfSquaresMessages.notSpread(name,
                run.calls().size(), "every call in a worker JVM, at least 2 of them at the same time", processes
                        + " process" + (processes == 1 ? "" : "es") + " (" + (run.calls().size() - foreign)
                        + " calls in the test's own JVM)", overlaps, "Start every worker with ProcessBuilder before"
                        + " waiting for any, and let the workers call Kernels.sumOfSquares, not the parent."));
    }

    /**
     * One call of a fresh strategy leaves no thread running after it returns and is closed.
     *
     * @param name the strategy, for messages
     * @param fresh makes the strategy from a fresh copy of its classes, so that a pool kept in a static field is
     *     made during this call
     * @param numbers the numbers to sum
     */
    public static void leavesNoThreads(String name, Supplier<SumOfSquares> fresh, List<Integer> numbers) {
        ThreadSnapshot before = ThreadSnapshot.take();
        try (SumOfSquares made = fresh.get()) {
            made.sumAll(numbers);
        }
        List<String> leaked = before.leakedSince(t -> t.getName().equals(ChildProcesses.WATCHER_THREAD),
                Duration.ofSeconds(2));
        require(leaked.isEmpty(), name + " left " + leaked.size() + " thread(s) alive after it returned: " + leaked
                + ". Close the pool (try-with-resources on the ExecutorService) before returning, and keep no pool in"
                + " a static field: one made on the first call and never shut down outlives every call.");
    }

    /**
     * No worker process outlives the strategy; any found are ended.
     *
     * @param name the strategy, for messages
     */
    public static void leavesNoWorkers(String name) {
        ChildProcesses.requireNoneAlive(Duration.ofSeconds(1), alive -> name + " left " + alive.size() + " worker process(es) alive: " + alive + "."
                    + " Close each worker's standard input, waitFor() it, and destroy() it in a finally block, also"
                    + " when a number fails.");
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}
