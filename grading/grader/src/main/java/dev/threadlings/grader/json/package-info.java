/** The grader's shared Jackson configuration. */
package dev.threadlings.grader.json;
