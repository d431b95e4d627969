package dev.threadlings.grader.testjvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExitsTest {

    @Test
    void the_caller_of_system_exit_is_found_past_reflection_and_a_signal_is_not_an_exit() {
        StackTraceElement[] exiting = {
            new StackTraceElement("java.lang.Object", "wait0", null, -2),
            new StackTraceElement("java.lang.Thread", "join", null, 1),
            new StackTraceElement("java.lang.ApplicationShutdownHooks", "runHooks", null, 1),
            new StackTraceElement("java.lang.Shutdown", "runHooks", null, 1),
            new StackTraceElement("java.lang.Shutdown", "exit", null, 1),
            new StackTraceElement("java.lang.Runtime", "exit", null, 1),
            new StackTraceElement("java.lang.System", "exit", null, 1),
            new StackTraceElement("jdk.internal.reflect.DirectMethodHandleAccessor", "invoke", null, 1),
            new StackTraceElement("dev.threadlings.downloads.SequentialDownloader", "downloadAll",
                    "SequentialDownloader.java", 12),
        };
        StackTraceElement[] signal = {
            new StackTraceElement("java.lang.Shutdown", "exit", null, 1),
            new StackTraceElement("java.lang.Terminator$1", "handle", null, 1),
            new StackTraceElement("jdk.internal.misc.Signal$1", "run", null, 1),
            new StackTraceElement("java.lang.Thread", "run", null, 1),
        };
        StackTraceElement[] busy = {new StackTraceElement("dev.threadlings.x.Y", "z", "Y.java", 3)};

        assertThat(Exits.caller(Map.of(new Thread(), busy, new Thread(), exiting)))
                .isEqualTo("dev.threadlings.downloads.SequentialDownloader.downloadAll(SequentialDownloader.java:12)");
        assertThat(Exits.caller(Map.of(new Thread(), signal, new Thread(), busy))).isNull();
    }
}
