/**
 * The test plan: the graded test methods of each exercise, with their points, tags and numbers, and the one
 * vocabulary for how a graded test ended ({@link dev.threadlings.grader.plan.Status}), which the test JVM
 * reports and the scores and reports show.
 */
package dev.threadlings.grader.plan;
