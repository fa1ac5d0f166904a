/**
 * {@code @Phased}: a heated rod relaxed by one party per core, phase by phase, until it converges
 * on the straight line the heat equation predicts.
 */
package dev.shuttle.examples.phased;
