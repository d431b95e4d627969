/** The outputs: Gradescope's {@code results.json} and the plain-text {@code summary.txt}. */
package dev.threadlings.grader.report;
