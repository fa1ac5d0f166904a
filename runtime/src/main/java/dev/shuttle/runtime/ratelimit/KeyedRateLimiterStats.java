package dev.shuttle.runtime.ratelimit;

import dev.shuttle.runtime.Snapshot;

/**
 * A snapshot of a {@link KeyedRateLimiter}, all its keys together, cheap enough to poll.
 *
 * @param limit the limit of each key's bucket
 * @param granted permits handed out, including those reserved for a later time
 * @param refused calls refused (no permit free, or due later than they would wait)
 * @param waited granted permits that were not free at once, so their callers waited (blocking or not)
 * @param totalWaitNanos the sum of the waits that granted permits were given (blocking or not)
 * @param keys buckets in memory now: the keys used recently, and at most as many again not yet swept
 */
public record KeyedRateLimiterStats(
    RateLimit limit, long granted, long refused, long waited, long totalWaitNanos, int keys)
    implements Snapshot {}
