/**
 * {@code @Phased} against the same two-phase programs wired by hand with {@code CyclicBarrier} and
 * {@code Phaser}, and against one thread doing every party's share.
 */
package dev.shuttle.benchmarks.phased;
