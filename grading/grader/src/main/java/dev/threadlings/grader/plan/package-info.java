/** The test plan: the graded test methods of each exercise, with their points, tags and numbers. */
package dev.threadlings.grader.plan;
