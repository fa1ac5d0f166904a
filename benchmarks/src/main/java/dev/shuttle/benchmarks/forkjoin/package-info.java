/**
 * {@code @ForkJoin} against a hand-written {@code RecursiveTask}, a parallel stream and a
 * sequential loop, summing one large array.
 */
package dev.shuttle.benchmarks.forkjoin;
