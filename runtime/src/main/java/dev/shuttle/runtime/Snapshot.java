package dev.shuttle.runtime;

/**
 * A cheap, immutable snapshot of one live Shuttle object's counters and state, as
 * {@link ShuttleObject#snapshot()} takes it: a {@code RateLimiterStats}, {@code KeyedRateLimiterStats},
 * {@code ReadMostlyStats}, {@code TaskPoolStats}, {@code ActorStats}, {@code PipelineStats} or
 * {@code PhasedStats}, as the object's {@link ShuttleObject.Kind} says.
 */
public interface Snapshot {}
