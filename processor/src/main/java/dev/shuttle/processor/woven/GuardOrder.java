package dev.shuttle.processor.woven;

/**
 * The order in which guards wrap a woven override, outermost first. When a method carries
 * several patterns, the call passes through them in this order on its way to {@code super}:
 *
 * <ol>
 *   <li>{@link #WHERE}: where the call runs ({@code @Async}, {@code @Race}): the caller hands the
 *       call over, and everything below runs on the pool.
 *   <li>{@link #RATE}: when it may start ({@code @RateLimited}): the permit is taken before any
 *       lock, so a rate-limit wait never holds one.
 *   <li>{@link #EXCLUSION}: who else may be inside ({@code @ReadMostly}): innermost around the
 *       body, so the critical section is only the body.
 *   <li>{@link #SHAPE}: how the body itself runs ({@code @ForkJoin}).
 * </ol>
 */
enum GuardOrder {
  WHERE,
  RATE,
  EXCLUSION,
  SHAPE
}
