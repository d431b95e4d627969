/**
 * The code that runs in the grader's test JVM, beside the learner's classes: discovering the graded tests and
 * running them with the JUnit Platform Launcher, reporting each graded test to a results file, the watchdog
 * and what ends the JVM early (an exit, a runaway, a hang). It uses none of the grader's other packages but
 * the plan and JSON (the architecture rules check it). The protocol is its own: {@link
 * dev.threadlings.grader.testjvm.TestJvmEvent}, one signed line each, read back by the grader into a {@link
 * dev.threadlings.grader.testjvm.RunLog}.
 */
package dev.threadlings.grader.testjvm;
