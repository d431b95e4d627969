package dev.threadlings.grader.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadDumpTest {

    static final String DUMP = """
            12345:
            Full thread dump OpenJDK 64-Bit Server VM (25 mixed mode):

            "Reference Handler" #9 daemon prio=10 os_prio=0
               java.lang.Thread.State: RUNNABLE
            \tat java.lang.ref.Reference.waitForReferencePendingList(Native Method)

            "junit-timeout-thread-2" #24 prio=5 runnable
               java.lang.Thread.State: RUNNABLE
            \tat dev.threadlings.downloads.SequentialDownloader.downloadAll(SequentialDownloader.java:18)
            \tat dev.threadlings.hidden.downloads.CorrectnessTest.run(CorrectnessTest.java:42)
            \tat java.lang.reflect.Method.invoke(Method.java:565)
            \tat org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:786)

            "main" #1 prio=5 waiting
               java.lang.Thread.State: WAITING
            \tat dev.threadlings.grader.testjvm.TestJvmMain.main(TestJvmMain.java:10)
            """;

    @Test
    void keeps_the_threads_that_run_project_code_up_to_its_last_frame() {
        String excerpt = ThreadDump.excerpt(DUMP);
        assertThat(excerpt).isEqualTo("""
                "junit-timeout-thread-2" #24 prio=5 runnable
                   java.lang.Thread.State: RUNNABLE
                    at dev.threadlings.downloads.SequentialDownloader.downloadAll(SequentialDownloader.java:18)
                    at dev.threadlings.hidden.downloads.CorrectnessTest.run(CorrectnessTest.java:42)
                    ...""");
    }

    @Test
    void keeps_the_first_lines_when_no_thread_runs_project_code() {
        String excerpt = ThreadDump.excerpt("\"a\" #1\n\tat x.Y.z(Y.java:1)\n");
        assertThat(excerpt).isEqualTo("\"a\" #1\n    at x.Y.z(Y.java:1)");
    }

    @Test
    void keeps_at_most_sixty_lines() {
        StringBuilder dump = new StringBuilder("\"busy\" #1\n");
        for (int i = 0; i < 200; i++) {
            dump.append("\tat dev.threadlings.downloads.Deep.call(Deep.java:").append(i).append(")\n");
        }
        assertThat(ThreadDump.excerpt(dump.toString()).lines().count()).isEqualTo(ThreadDump.MAX_LINES + 1);
    }
}
