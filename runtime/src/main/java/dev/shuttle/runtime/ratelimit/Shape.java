package dev.shuttle.runtime.ratelimit;

import dev.shuttle.RateLimited;
import java.math.BigInteger;

/**
 * The tick arithmetic of a limit, worked out once (shared by the buckets of a keyed limiter).
 *
 * <p>Time is kept in <em>ticks</em> of {@code 1/scale} nanosecond, where {@code scale} is the
 * denominator of {@code periodNanos / permits} in lowest terms: the interval between permits is
 * then a whole number of ticks. A limit whose exact tick would be finer than 2<sup>-30</sup> ns
 * rounds its interval up to a whole number of such ticks; one whose burst takes years to refill
 * coarsens the tick further.
 */
final class Shape {
  /**
   * Largest lead, in ticks, of a TAT over the now it was written at: a quarter of the wrap-around
   * range, and twice the longest refill {@link RateLimit} accepts, so that a one-nanosecond tick
   * always fits.
   */
  static final long MAX_LEAD_TICKS = RateLimited.MAX_REFILL_NANOS << 1;
  /** Finest tick: 2^30 per ns keeps the stale horizon above two seconds. */
  private static final long MAX_SCALE = 1L << 30;

  final RateLimit limit;
  final long scale; // ticks per nanosecond
  final long interval; // ticks per permit
  final long tolerance; // (burst - 1) * interval: how far ahead of now the TAT may be for a free permit
  final long maxLead; // how far ahead of now a reservation may push the TAT
  final long staleNanos; // a TAT not written for this long is in the past
  final long refreshNanos; // how stale the stamp may get before a writer refreshes it

  private Shape(RateLimit limit, long scale, long interval) {
    this.limit = limit;
    this.scale = scale;
    this.interval = interval;
    this.tolerance = (limit.burst() - 1) * interval;
    this.maxLead = MAX_LEAD_TICKS - tolerance - interval;
    // The stamp is at most refreshNanos older than the last write; a TAT is at most
    // MAX_LEAD_TICKS (= (staleNanos / 2) ns) ahead of the now it was written at. So a stamp older
    // than staleNanos means the TAT is at least staleNanos / 4 in the past, and a newer one that
    // the TAT is well within the 2^63-tick range that subtraction reads correctly.
    this.staleNanos = (MAX_LEAD_TICKS << 1) / scale;
    this.refreshNanos = staleNanos >> 2;
  }

  static Shape of(RateLimit limit) {
    BigInteger permits = BigInteger.valueOf(limit.permits());
    BigInteger period = BigInteger.valueOf(limit.periodNanos());
    BigInteger gcd = permits.gcd(period);
    BigInteger exactScale = permits.divide(gcd);
    BigInteger exactInterval = period.divide(gcd);
    if (exactScale.longValue() <= MAX_SCALE && fits(exactInterval, limit.burst())) {
      return new Shape(limit, exactScale.longValue(), exactInterval.longValueExact());
    }
    // The exact tick is too fine: take the finest power-of-two tick that fits, interval rounded up.
    for (long scale = Math.min(Long.highestOneBit(exactScale.longValue()), MAX_SCALE); scale >= 1; scale >>= 1) {
      BigInteger[] qr = period.multiply(BigInteger.valueOf(scale)).divideAndRemainder(permits);
      BigInteger interval = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
      if (fits(interval, limit.burst())) {
        return new Shape(limit, scale, interval.longValueExact());
      }
    }
    // Unreachable: at one tick per nanosecond the span is RateLimit's refill, which it bounds.
    throw new AssertionError("Rate limit " + limit + " has no tick that fits");
  }

  /** Whether this shape counts time exactly as {@code other} does (same ticks, interval and burst). */
  boolean ticksLike(Shape other) {
    return scale == other.scale && interval == other.interval && tolerance == other.tolerance;
  }

  /** Whether a bucket's full span, burst * interval, leaves room for reservations ahead. */
  private static boolean fits(BigInteger interval, long burst) {
    BigInteger span = interval.multiply(BigInteger.valueOf(burst));
    return span.compareTo(BigInteger.valueOf(MAX_LEAD_TICKS >> 1)) <= 0;
  }
}
