/**
 * {@code @Pipeline}: a fast producer feeds pages to slow stages through bounded queues, and
 * backpressure keeps the pipeline within its capacity.
 */
package dev.shuttle.examples.pipeline;
