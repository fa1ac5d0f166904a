/**
 * Rate limits ({@code @RateLimited}): a lock-free token bucket (GCRA) per method, instance, name
 * or key.
 *
 * <p>Everything public here is for users too: a {@link dev.shuttle.runtime.ratelimit.RateLimiter}
 * and its {@link dev.shuttle.runtime.ratelimit.RateLimit} work in hand-written code as they do in
 * generated code; {@link dev.shuttle.runtime.ratelimit.RateLimiters} holds the named buckets,
 * {@link dev.shuttle.runtime.ratelimit.KeyedRateLimiter} one bucket per key (each reads the
 * {@link dev.shuttle.runtime.ShuttleClock} current when it is made, which a test can replace), and
 * {@link dev.shuttle.runtime.ratelimit.RateLimitExceededException} says when to try again. A
 * limiter's limit can change at run time ({@code setLimit}), it can pause for a service's
 * {@code Retry-After} ({@code pauseFor}), and a call can cost several permits ({@code acquire(n)}).
 */
package dev.shuttle.runtime.ratelimit;
