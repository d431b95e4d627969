/**
 * Grading a class: finding the submissions in a folder (folders, zips, git repositories on the local disk),
 * grading them one after another with a progress bar, skipping the ones unchanged since the last run, and
 * the gradebook CSV.
 */
package dev.threadlings.grader.cohort;
