/**
 * The code of the grader's test JVMs: discovering the graded tests and running them with the JUnit Platform
 * Launcher, reporting each graded test method to a results file.
 */
package dev.threadlings.grader.fork;
