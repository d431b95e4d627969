package dev.threadlings.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeOwnerTest {

    @Test
    void tells_the_grader_the_hidden_tests_the_kit_an_exercise_and_the_rest_apart() {
        assertThat(CodeOwner.of("dev.threadlings.grader.testjvm.Hang")).isEqualTo(CodeOwner.GRADER);
        assertThat(CodeOwner.of("dev.threadlings.hidden.common.Reference")).isEqualTo(CodeOwner.HIDDEN_TESTS);
        assertThat(CodeOwner.of("dev.threadlings.kit.CodeOwner")).isEqualTo(CodeOwner.KIT);
        assertThat(CodeOwner.of("dev.threadlings.anyexercise.Sequential$1")).isEqualTo(CodeOwner.EXERCISE);
        assertThat(CodeOwner.of("dev.threadlingsx.Other")).isEqualTo(CodeOwner.OTHER);
        assertThat(CodeOwner.of("java.lang.Thread.run(Thread.java:1583)")).isEqualTo(CodeOwner.OTHER);
    }

    @Test
    void a_learners_thread_dump_shows_project_frames_but_the_graders() {
        assertThat(CodeOwner.of("dev.threadlings.anyexercise.Sequential.run(Sequential.java:12)").shownToLearners())
                .isTrue();
        assertThat(CodeOwner.KIT.shownToLearners()).isTrue();
        assertThat(CodeOwner.HIDDEN_TESTS.shownToLearners()).isTrue();
        assertThat(CodeOwner.GRADER.shownToLearners()).isFalse();
        assertThat(CodeOwner.OTHER.shownToLearners()).isFalse();
    }
}
