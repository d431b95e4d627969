/**
 * The learner's own test run, task by task: a summary at its end (done, failing with its first message, not
 * attempted, and the next step) and {@code -Dtask=N} to run one task's checks. Both act only in an exercise's
 * module (the folder with {@code exercise.json}) and not in the instructor's "expect TODO" build.
 */
package dev.threadlings.kit.learner;
