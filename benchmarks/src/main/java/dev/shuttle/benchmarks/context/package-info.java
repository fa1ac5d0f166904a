/**
 * What context propagation costs per hand-over: no decorator, a registered one with nothing to carry,
 * and a trivial one that carries a constant, on an actor message, a pool task and the hand-over alone.
 */
package dev.shuttle.benchmarks.context;
