/**
 * The instructor tree held to its exercises' manifests: poms, READMEs, stubs against solutions, hidden tests
 * and fixtures per task, and the files the handout writes from the manifests.
 */
package dev.threadlings.grader.consistency;
