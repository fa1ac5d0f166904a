package dev.shuttle.runtime.ratelimit;

import dev.shuttle.runtime.Snapshot;

/**
 * A snapshot of one rate limiter, cheap enough to poll. For a bucket of a
 * {@link KeyedRateLimiter} the counters are those of all its keys together.
 *
 * @param limit the limit
 * @param granted permits handed out, including those reserved for a later time
 * @param refused calls refused (no permit free, or due later than they would wait)
 * @param waited granted permits that were not free at once, so their callers waited (blocking or not)
 * @param totalWaitNanos the sum of the waits that granted permits were given (blocking or not)
 * @param availablePermits permits that could be taken right now without waiting (an estimate:
 *     other threads take them concurrently)
 * @param reservedAhead permits handed out that are not yet due (callers waiting for them)
 */
public record RateLimiterStats(
    RateLimit limit, long granted, long refused, long waited, long totalWaitNanos, long availablePermits,
    long reservedAhead)
    implements Snapshot {}
