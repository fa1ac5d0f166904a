/**
 * One runnable example per pattern, each in a package of its own, built exactly as a user builds
 * (the processor on the compiler's processor path). {@link dev.shuttle.examples.RunAllExamples}
 * runs them all, and each prints what it did.
 */
package dev.shuttle.examples;
