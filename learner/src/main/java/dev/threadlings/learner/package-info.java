/**
 * The learner CLI, {@code ./threadlings}: where the learner stands over every exercise and task, the current task's
 * hints one at a time, its checks rerun on every save, and every practice check with a report. It reads the exercise
 * manifests and the task states the learner's own test runs leave ({@code kit.learner.TaskStates}), and runs the
 * checks through the handout's own {@code ./mvnw}, so what it shows is what {@code ./mvnw test} shows.
 */
package dev.threadlings.learner;
