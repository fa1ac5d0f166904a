package dev.shuttle.processor.woven;

/**
 * The order in which guards wrap a woven override, outermost first. When a method carries
 * several patterns, the call passes through them in this order on its way to {@code super}:
 *
 * <ol>
 *   <li>{@link #RATE}: when it may start ({@code @RateLimited}): the permit is taken (or
 *       reserved, for a method returning a future) on the caller's thread, before the call is
 *       handed to a pool and before any lock, so a rate-limit wait never holds a lock or a pool
 *       thread.
 *   <li>{@link #WHERE}: where the call runs ({@code @Async}): the caller hands the call over, and
 *       everything below runs on the pool. ({@code @Race} implements an abstract method rather
 *       than wrapping one: its race is the innermost body, which every guard here wraps.)
 *   <li>{@link #EXCLUSION}: who else may be inside ({@code @ReadMostly}): innermost around the
 *       body, so the critical section is only the body.
 *   <li>{@link #SHAPE}: how the body itself runs ({@code @ForkJoin}).
 * </ol>
 *
 * <p>Why the rate limit is outside {@code @Async}, not inside: a permit awaited on a pool thread
 * would park that thread, and a slow limit (one call a minute) would soon park every thread of a
 * pool that other methods share. Outside, a method returning a future reserves its permit at once
 * and its call enters the pool when the permit is due (from the rate limiter's timer, which never
 * waits for room in a pool's queue); no pool thread waits. A refusal ({@code onLimit = FAIL},
 * {@code maxWait}) reaches the caller at the call, not a failure handler later; cancelling the
 * future before the permit is due means the call never reaches the pool; and permits go in call
 * order. The price: a {@code void} {@code @Async} method over its limit makes its caller wait for
 * the permit, as a full {@code BLOCK} queue does. That is what a limit on callers means.
 */
enum GuardOrder {
  RATE,
  WHERE,
  EXCLUSION,
  SHAPE
}
