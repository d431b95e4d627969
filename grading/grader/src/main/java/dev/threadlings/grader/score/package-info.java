/** Scoring: from what a test JVM reported, and how it ended, to points per test, exercise and submission. */
package dev.threadlings.grader.score;
