/**
 * Rate limits ({@code @RateLimited}): a lock-free token bucket (GCRA) per method, instance, name
 * or key.
 *
 * <p>Everything public here is for users too: a {@link dev.shuttle.runtime.ratelimit.RateLimiter}
 * and its {@link dev.shuttle.runtime.ratelimit.RateLimit} work in hand-written code as they do in
 * generated code; {@link dev.shuttle.runtime.ratelimit.RateLimiters} holds the named buckets,
 * {@link dev.shuttle.runtime.ratelimit.KeyedRateLimiter} one bucket per key (their snapshots are
 * {@link dev.shuttle.runtime.ratelimit.RateLimiterStats} and
 * {@link dev.shuttle.runtime.ratelimit.KeyedRateLimiterStats}),
 * {@link dev.shuttle.runtime.ratelimit.Ticker} the clock a test can replace, and
 * {@link dev.shuttle.runtime.ratelimit.RateLimitExceededException} says when to try again.
 */
package dev.shuttle.runtime.ratelimit;
