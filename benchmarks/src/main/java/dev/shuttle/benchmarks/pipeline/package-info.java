/**
 * {@code @Pipeline} against the same three stages on {@code ArrayBlockingQueue}s and on the LMAX
 * Disruptor, and the runtime's bounded queues against JCTools' and {@code ArrayBlockingQueue}.
 */
package dev.shuttle.benchmarks.pipeline;
