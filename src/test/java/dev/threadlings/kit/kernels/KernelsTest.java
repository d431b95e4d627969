package dev.threadlings.kit.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadlings.kit.process.JavaCommand;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KernelsTest {

    /** The closed form, used here only to check the loop: n(n-1)(2n-1)/6. */
    private static BigInteger closedForm(long n) {
        BigInteger big = BigInteger.valueOf(n);
        return big.multiply(big.subtract(BigInteger.ONE)).multiply(big.shiftLeft(1).subtract(BigInteger.ONE))
                .divide(BigInteger.valueOf(6));
    }

    @Test
    void sums_squares_exactly_where_a_long_would_overflow() {
        assertThat(Kernels.sumOfSquares(5_000_000)).isEqualTo(new BigInteger("41666654166667500000"));
        assertThat(Kernels.sumOfSquares(5_000_000)).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
    }

    @Test
    void matches_the_closed_form_at_the_edges() {
        for (int n : new int[] {0, 1, 2, 3, 10, 3_037_000, 3_037_001, 5_000_019}) {
            assertThat(Kernels.sumOfSquares(n)).as("n = %d", n).isEqualTo(closedForm(n));
        }
    }

    @Test
    void refuses_a_negative_n() {
        assertThatThrownBy(() -> Kernels.sumOfSquares(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void records_each_call_with_its_thread_and_time() throws InterruptedException {
        try (KernelLog.Recording recording = KernelLog.start()) {
            Kernels.sumOfSquares(1000);
            Thread.ofVirtual().name("vt").start(() -> Kernels.sumOfSquares(2000)).join();

            List<KernelCall> calls = recording.calls();
            assertThat(calls).extracting(KernelCall::argument).containsExactly(1000L, 2000L);
            assertThat(calls.get(0).thread()).isEqualTo(Thread.currentThread().getName());
            assertThat(calls.get(1).virtual()).isTrue();
            assertThat(calls.get(0).pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(calls.get(0).endNanos()).isGreaterThanOrEqualTo(calls.get(0).startNanos());
            assertThat(calls.get(0).overlaps(calls.get(1))).isFalse();
        }
    }

    /** A child JVM that runs the kernel once. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) {
            Kernels.sumOfSquares(Integer.parseInt(args[0]));
        }
    }

    @Test
    void records_calls_made_in_child_jvms_started_with_java_command() throws Exception {
        try (KernelLog.Recording recording = KernelLog.start()) {
            Process child = new ProcessBuilder(JavaCommand.forCpuBoundMain(Child.class, "4321")).inheritIO().start();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            List<KernelCall> calls = recording.calls();
            assertThat(calls).extracting(KernelCall::argument).containsExactly(4321L);
            assertThat(calls.get(0).pid()).isEqualTo(child.pid());
        }
        assertThat(System.getProperty(KernelLog.PROPERTY)).isNull();
    }
}
