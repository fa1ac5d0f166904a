package dev.shuttle.runtime.ratelimit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The specification of a limiter whose limit changes, with calls that cost several permits,
 * executed literally. Within one limit it is {@link RateLimiterPropertyTest.Reference}'s windows,
 * generalised: a call of cost {@code n} is due at the earliest instant, no earlier than now nor
 * than the last call's permits, at which every window from an <em>anchor</em> to it holds no more
 * than {@code burst + rate * length} permits. Each granted call is an anchor (the window starting
 * at its permits); a bucket that holds {@code y} permits at instant {@code A} is one too, holding
 * {@code y} already: that is how a change of limit and a pause enter the windows.
 *
 * <p>A change follows the rule {@link RateLimiter}'s Javadoc states: the new limit starts now
 * holding the old content, in permits (reservations included); if no permit was free, it holds at
 * least enough that the next one is due no sooner than it was. Both are rounded up to the new
 * limit's tick, which is {@code gcd(permits, period)} of this model's ticks.
 *
 * <p>Times are in ticks of {@code 1/permits} ns of the limit in force, counted from the instant it
 * came in (the origin, a whole nanosecond).
 */
final class ChangingLimitModel {
  private long origin;
  private RateLimit limit;
  private final List<long[]> anchors = new ArrayList<>(); // {at, held (ticks of drain), permits since}
  private long lastDue;
  private long granted;

  ChangingLimitModel(RateLimit limit, long originNanos) {
    this.limit = limit;
    this.origin = originNanos;
  }

  RateLimit limit() {
    return limit;
  }

  long granted() {
    return granted;
  }

  /** When a call of cost {@code permits} at {@code nowNanos} is due, in ticks from the origin. */
  long earliestDue(long nowNanos, int permits) {
    long due = Math.max(ticks(nowNanos), lastDue);
    for (long[] anchor : anchors) {
      long inWindow = anchor[2] + permits;
      due = Math.max(due, anchor[0] + anchor[1] + (inWindow - limit.burst()) * limit.periodNanos());
    }
    return due;
  }

  /** The same in whole nanoseconds from {@code nowNanos}: the wait a caller is told. */
  long waitNanos(long nowNanos, long due) {
    return -Math.floorDiv(-due, limit.permits()) - (nowNanos - origin);
  }

  void grant(long due, int permits) {
    for (long[] anchor : anchors) {
      anchor[2] += permits;
    }
    anchors.add(new long[] {due, 0, permits});
    lastDue = due;
    granted += permits;
  }

  /** What a change at {@code nowNanos} does, or null if the limiter must refuse it. */
  Change plan(long nowNanos, RateLimit to) {
    long now = ticks(nowNanos);
    long next = earliestDue(nowNanos, 1);
    BigInteger p1 = big(limit.permits());
    BigInteger p2 = big(to.permits());
    BigInteger newTick = big(to.permits()).gcd(big(to.periodNanos()));
    // the new origin is now
    // the content, in permits (here as ticks of drain), reservations included
    long content = 0;
    for (long[] anchor : anchors) {
      content = Math.max(content, anchor[0] + anchor[1] + anchor[2] * limit.periodNanos() - now);
    }
    BigInteger held = roundUp(big(content).multiply(big(to.periodNanos())), big(limit.periodNanos()), newTick);
    long from = nowNanos;
    long until = nowNanos;
    if (next > now) { // no permit free: the next one is due no sooner than it was
      BigInteger due = roundUp(big(next - now).multiply(p2), p1, newTick);
      held = held.max(due.add(big(to.burst() - 1).multiply(big(to.periodNanos()))));
      until = origin + Math.floorDiv(next, limit.permits()) + 1;
    }
    if (held.divide(newTick).compareTo(big(Shape.MAX_LEAD_TICKS)) > 0) {
      return null;
    }
    return new Change(to, nowNanos, held.longValueExact(), from, until, lastDueUnder(to, now));
  }

  void apply(Change change) {
    limit = change.to;
    origin = change.originNanos;
    anchors.clear();
    anchors.add(new long[] {0, change.held, 0});
    lastDue = change.lastDue;
  }

  /**
   * A pause: the next permit is due no sooner than {@code nanos} from now, burst - 1 held then.
   *
   * @return false if the limiter must refuse it (longer than its ticks can count)
   */
  boolean pause(long nowNanos, long nanos) {
    if (nanos > Bucket.maxAheadNanos(Shape.of(limit))) {
      return false;
    }
    anchors.add(new long[] {ticks(nowNanos) + nanos * limit.permits(), (limit.burst() - 1) * limit.periodNanos(), 0});
    return true;
  }

  /**
   * A planned change: the new limit's origin and what its bucket holds then, and the instants
   * between which it took effect (for the window check).
   */
  record Change(RateLimit to, long originNanos, long held, long fromNanos, long untilNanos, long lastDue) {}

  private long lastDueUnder(RateLimit to, long now) {
    BigInteger[] qr = big(lastDue - now).multiply(big(to.permits())).divideAndRemainder(big(limit.permits()));
    return (qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0]).longValueExact(); // rounded down
  }

  private long ticks(long nanos) {
    return Math.multiplyExact(nanos - origin, limit.permits());
  }

  /** {@code x / y} rounded up to a multiple of {@code unit}. */
  private static BigInteger roundUp(BigInteger x, BigInteger y, BigInteger unit) {
    BigInteger[] qr = x.divideAndRemainder(y.multiply(unit));
    BigInteger q = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return q.multiply(unit);
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }
}
