/**
 * The learner's classes as code: their byte code read with ArchUnit (what a strategy calls), and the classes
 * loaded anew with static state of their own. The architecture and hygiene checks of both the learner's
 * visible tests and the grader's hidden ones use them, so both hold a strategy to the same rules.
 */
package dev.threadlings.kit.code;
