package dev.threadlings.kit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many points a graded test is worth.
 *
 * <p>The grader scores each test method once: a plain test earns its points when it passes; a
 * parameterized or repeated one earns them in proportion to the invocations that pass. The test's
 * category is its tag: {@code correctness}, {@code concurrency}, {@code speedup}, {@code architecture}
 * or {@code hygiene} (see {@link Category}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {

    /**
     * The points a fully passing test earns.
     *
     * @return a positive number of points
     */
    double value();
}
