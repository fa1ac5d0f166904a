/**
 * {@code @Actor} against Pekko typed actors and a single-thread executor: tell throughput from 1,
 * 2 and 4 senders, ask round trips, the {@code throughput} sweep that picks the default, and
 * {@link dev.shuttle.benchmarks.actor.ActorRounds}, which runs them in interleaved rounds; and,
 * not JMH, {@link dev.shuttle.benchmarks.actor.ActorScale}: a million idle actors, their bytes,
 * spawn time and messages, and what each actor feature costs once used.
 */
package dev.shuttle.benchmarks.actor;
