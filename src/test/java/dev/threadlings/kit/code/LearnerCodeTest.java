package dev.threadlings.kit.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link LearnerCode} reads a class's own byte code and asks the running JVM what the accessed classes are: a call
 * through a subtype, one of the learner's own classes included, matches a rule about the supertype.
 */
class LearnerCodeTest {

    @Test
    void finds_calls_through_subtypes_in_the_class_its_lambdas_and_anonymous_classes() {
        LearnerCode code = LearnerCode.of(SubmitsToAPool.class);

        assertThat(code.accesses(LearnerCode.to(ExecutorService.class, "submit"))).singleElement().asString()
                .contains("SubmitsToAPool.run uses ThreadPoolExecutor.submit");
        assertThat(code.accesses(LearnerCode.to(Thread.class, "onSpinWait"))).as("in a lambda").hasSize(1);
        assertThat(code.accesses(LearnerCode.to(Thread.class, "yield"))).as("in an anonymous class").singleElement()
                .asString().contains(".run uses Thread.yield (line");
        assertThat(code.accesses(LearnerCode.to(ExecutorService.class, "invokeAll"))).isEmpty();
        assertThat(code.accesses(LearnerCode.to(Runnable.class, "submit"))).as("not a subtype").isEmpty();
        assertThat(code.accesses(LearnerCode.toPackage("java.util.concurrent"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void a_class_of_the_learners_own_outside_the_class_read_is_known_by_its_supertypes() {
        LearnerCode code = LearnerCode.of(CallsItsOwnPool.class);

        assertThat(code.accesses(LearnerCode.to(ExecutorService.class, "execute"))).singleElement().asString()
                .contains("OwnPool.execute");
        assertThat(code.accesses(LearnerCode.to(ExecutorService.class, "<init>"))).as("its constructor").hasSize(1);
        assertThat(code.accesses(LearnerCode.to(ExecutorService.class, "submit"))).as("SubmitsToAPool's, not read")
                .isEmpty();
    }
}

/** Code for {@link LearnerCodeTest} to read, as a learner's class. */
final class SubmitsToAPool {

    static void run() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(1);
        pool.submit(() -> Thread.onSpinWait());
        pool.execute(new Runnable() {
            @Override
            public void run() {
                Thread.yield();
            }
        });
        pool.shutdown();
    }
}

/** A learner's class that uses a pool class of its own. */
final class CallsItsOwnPool {

    static void run() {
        OwnPool pool = new OwnPool();
        pool.execute(() -> { });
        pool.shutdown();
    }
}

/** A learner's own pool class. */
class OwnPool extends ThreadPoolExecutor {

    OwnPool() {
        super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    }
}
