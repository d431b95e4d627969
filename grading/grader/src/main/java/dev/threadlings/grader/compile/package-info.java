/** Compiling a learner's sources in the grader's JVM, and filling missing classes from the stubs. */
package dev.threadlings.grader.compile;
