/**
 * {@code @Async} and {@code @Race} against the same work written by hand on an identical pool, one
 * call at a time and many in flight.
 */
package dev.shuttle.benchmarks.async;
