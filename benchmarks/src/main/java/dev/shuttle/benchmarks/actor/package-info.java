/**
 * {@code @Actor} against Pekko typed actors and a single-thread executor: tell throughput from 1,
 * 2 and 4 senders, ask round trips, the {@code throughput} sweep that picks the default, and
 * {@link dev.shuttle.benchmarks.actor.ActorRounds}, which runs them in interleaved rounds.
 */
package dev.shuttle.benchmarks.actor;
