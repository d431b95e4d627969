/** The learner handout: the instructor tree without what only instructors may see, and the check of it. */
package dev.threadlings.grader.handout;
