/** An exercise's manifest: its id, package, contracts and tasks, read by the grader and the learner's build. */
package dev.threadlings.kit.manifest;
