/**
 * {@code @ForkJoin}: a plain summing loop, split by the generated override and run on the common
 * fork/join pool, checked against the loop itself.
 */
package dev.shuttle.examples.forkjoin;
