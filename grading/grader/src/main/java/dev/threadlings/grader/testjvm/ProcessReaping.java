package dev.threadlings.grader.testjvm;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Ends the processes a test JVM started and left behind, before it exits itself. */
final class ProcessReaping {

    private ProcessReaping() {
    }

    /** Destroys every descendant of this JVM: politely first, then forcibly. */
    static void killDescendantsOfThisJvm() {
        try {
            List<ProcessHandle> left = ProcessHandle.current().descendants().collect(Collectors.toList());
            if (left.isEmpty()) {
                return;
            }
            System.err.println("[grader] ending " + left.size() + " process(es) left behind by the tests");
            left.forEach(ProcessHandle::destroy);
            for (ProcessHandle p : left) {
                try {
                    p.onExit().get(1, TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            }
        } catch (RuntimeException e) {
            // Best effort: the grader kills what is left as well.
        }
    }
}
