/**
 * {@code @ReadMostly}'s generated classes for each lock strategy against hand-written classes
 * around the same JDK lock, under mixes of reads and writes, and the single-thread cost of
 * tracking each thread's holds.
 */
package dev.shuttle.benchmarks.readmostly;
