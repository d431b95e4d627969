/** The command line: {@code threadlings-grader grade <submission-dir> [options]}, with picocli. */
package dev.threadlings.grader.cli;
