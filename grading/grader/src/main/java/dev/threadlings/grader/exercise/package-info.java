/** The exercises the grader knows: where learner sources are, which hidden tests grade them, time limits. */
package dev.threadlings.grader.exercise;
