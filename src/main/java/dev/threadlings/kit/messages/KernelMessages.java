package dev.threadlings.kit.messages;

import dev.threadlings.kit.kernels.KernelLog;

/** The teaching messages about the kernel log that every CPU-bound exercise shares. */
public final class KernelMessages {

    private KernelMessages() {
    }

    /**
     * A strategy's results were right, yet the kernel log recorded no call of the kernel.
     *
     * @param strategy the strategy as messages name it
     * @param kernel the kernel it should call, for example {@code "Kernels.sumOfSquares(n)"}
     * @param workers whether the strategy computes in worker processes
     * @return the message: why the evidence is missing and what to do, not a guess at cheating
     */
    public static String noCalls(String strategy, String kernel, boolean workers) {
        return strategy + " made no call of " + kernel + " that the kit's kernel log recorded. " + (workers
                ? "Workers started with JavaCommand.forCpuBoundMain(...) or JavaCommand.forMain(...) record their"
                        + " calls in the test's kernel log; a java command line built by hand does not pass the log on"
                        + " (the system property " + KernelLog.PROPERTY + "), so the tests cannot see which"
                        + " process computed what. Start the workers with JavaCommand, or copy that property into"
                        + " your command. (If no worker calls " + kernel + ", do that first.)"
                : "The results came from somewhere else than " + kernel + " (a formula, a cache, a table): the"
                        + " exercise measures the kernel's work, so call it for every input, in every call.");
    }
}
