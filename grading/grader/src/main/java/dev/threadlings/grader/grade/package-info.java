/** Grading a submission: the test plan first, then each exercise on its own. */
package dev.threadlings.grader.grade;
