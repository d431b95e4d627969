/** Running test JVMs under a time limit: class paths, capped logs, thread dumps, killing process trees. */
package dev.threadlings.grader.process;
