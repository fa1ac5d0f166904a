package dev.shuttle.runtime.ratelimit;

import dev.shuttle.runtime.ShuttleClock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.time.Duration;

/**
 * A {@link RateLimiter}'s bucket under one limit: the TAT and its stamp, with the limit's tick
 * arithmetic copied in so that taking a permit reads one object. A change of limit replaces the
 * bucket: the old one's TAT becomes {@link #RETIRED} with {@link #next} holding its successor; a
 * bucket a {@link KeyedRateLimiter} evicted is {@code RETIRED} with no successor. The two never
 * race: both happen under the bucket's monitor.
 */
final class Bucket {
  /** The TAT of a bucket that was evicted or replaced; never a live TAT. */
  static final long RETIRED = Long.MIN_VALUE;

  final Shape shape;
  final RateLimit limit;
  final long burst;
  final long scale;
  final long interval;
  final long tolerance;
  final long maxLead;
  final long staleNanos;
  final long refreshNanos;

  volatile long tat; // theoretical arrival time, in ticks; written through TAT
  volatile long stamp; // nanoTime, at most refreshNanos before the last write of tat
  /** Set, before the TAT becomes {@link #RETIRED}, to the bucket that took over; null if evicted. */
  volatile Bucket next;

  /** A bucket whose TAT is {@code lead} ticks ahead of {@code now}. */
  Bucket(Shape shape, long now, long lead) {
    this.shape = shape;
    this.limit = shape.limit;
    this.burst = shape.limit.burst();
    this.scale = shape.scale;
    this.interval = shape.interval;
    this.tolerance = shape.tolerance;
    this.maxLead = shape.maxLead;
    this.staleNanos = shape.staleNanos;
    this.refreshNanos = shape.refreshNanos;
    this.stamp = now;
    long tat = now * scale + lead;
    // Never RETIRED: a full bucket's TAT may move back (it stays in the past), any other forward.
    this.tat = tat != RETIRED ? tat : lead == 0 ? tat - 1 : tat + 1;
  }

  /** Ticks by which the TAT is ahead of now; 0 when the bucket is full. */
  long lead(long current, long stamped, long now) {
    long lead = current - now * scale;
    // A TAT unwritten for staleNanos is in the past, though its ticks may have wrapped around.
    return lead > 0 && now - stamped <= staleNanos ? lead : 0;
  }

  /** Refreshes the stamp if it is getting stale; call before the CAS that writes a TAT read at now. */
  void refreshStamp(long stamped, long now) {
    // Before the CAS of the TAT, so no reader can see a new TAT with a stamp older than its refresh
    // window; by CAS, so a thread that read the clock long ago cannot move the stamp back.
    if (now - stamped > refreshNanos) {
      STAMP.compareAndSet(this, stamped, now);
    }
  }

  /** CAS of the TAT; {@code tat} must be {@link #live}. */
  boolean casTat(long expected, long tat) {
    return TAT.compareAndSet(this, expected, tat);
  }

  /**
   * Replaces this bucket by one under {@code to}, atomically with respect to every permit taken
   * from it. The caller holds this bucket's monitor, so no other change or eviction runs on it.
   *
   * @return the successor, or null if a {@link KeyedRateLimiter} evicted this bucket meanwhile
   * @throws IllegalArgumentException if the next permit is due further ahead than {@code to}'s
   *     ticks can count; nothing changed
   */
  Bucket moveTo(Shape to, ShuttleClock ticker) {
    for (;;) {
      long current = tat;
      if (current == RETIRED) {
        return null;
      }
      long stamped = stamp;
      long now = ticker.nanoTime();
      Bucket successor = new Bucket(to, now, leadUnder(to, lead(current, stamped, now)));
      next = successor; // before the CAS: whoever sees RETIRED finds it
      if (TAT.compareAndSet(this, current, RETIRED)) {
        return successor;
      }
    }
  }

  /**
   * The change rule: the lead over now, in {@code to}'s ticks, of the bucket that takes over from
   * this one, whose TAT is {@code lead} ticks ahead of now. The bucket keeps its content in permits
   * ({@code lead / interval}, reservations included), now draining at {@code to}'s rate; and if no
   * permit is free, the next one stays due no sooner than it was (so callers keep their order).
   * Rounded up to a whole tick of {@code to}: never a permit sooner.
   */
  long leadUnder(Shape to, long lead) {
    BigInteger kept = ceilDiv(BigInteger.valueOf(lead).multiply(BigInteger.valueOf(to.interval)), interval);
    if (lead > tolerance) {
      BigInteger next = ceilDiv(BigInteger.valueOf(lead - tolerance).multiply(BigInteger.valueOf(to.scale)), scale);
      kept = kept.max(next.add(BigInteger.valueOf(to.tolerance)));
    }
    if (kept.compareTo(BigInteger.valueOf(Shape.MAX_LEAD_TICKS)) > 0) {
      throw new IllegalArgumentException("Cannot change rate limit " + limit + " to " + to.limit
          + ": under it, the permits taken and reserved would hold the next one back "
          + Duration.ofNanos(kept.subtract(BigInteger.valueOf(to.tolerance)).divide(BigInteger.valueOf(to.scale))
              .min(BigInteger.valueOf(Long.MAX_VALUE)).longValue())
          + ", further ahead than its clock can count (" + Duration.ofNanos(maxAheadNanos(to)) + ")");
    }
    return kept.longValueExact();
  }

  /** How far ahead of now a bucket of {@code shape} can hold its next permit. */
  static long maxAheadNanos(Shape shape) {
    return (Shape.MAX_LEAD_TICKS - shape.tolerance) / shape.scale;
  }

  /** This bucket, or the one that took over from it if it was replaced (and so on). */
  Bucket latest() {
    Bucket bucket = this;
    while (bucket.tat == RETIRED && bucket.next != null) {
      bucket = bucket.next;
    }
    return bucket;
  }

  /** Whether a {@link KeyedRateLimiter} evicted this bucket (it is retired and was not replaced). */
  boolean isEvicted() {
    return tat == RETIRED && next == null;
  }

  /**
   * For {@link KeyedRateLimiter}'s sweep: evicts the bucket if it is full at {@code now}, when it
   * behaves exactly like a new one.
   *
   * @return whether it is evicted; false if it is in use, or was replaced (the caller asks its
   *     successor)
   */
  synchronized boolean retireIfFull(long now) {
    long current = tat;
    if (current == RETIRED) {
      return next == null;
    }
    return lead(current, stamp, now) == 0 && TAT.compareAndSet(this, current, RETIRED);
  }

  static long live(long tat) {
    return tat == RETIRED ? tat + 1 : tat; // one tick later: harmless, and never mistaken for RETIRED
  }

  static long ceilDiv(long x, long y) {
    long q = x / y;
    return q * y == x ? q : q + 1;
  }

  private static BigInteger ceilDiv(BigInteger x, long y) {
    BigInteger[] qr = x.divideAndRemainder(BigInteger.valueOf(y));
    return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
  }

  private static final VarHandle TAT;
  private static final VarHandle STAMP;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      TAT = lookup.findVarHandle(Bucket.class, "tat", long.class);
      STAMP = lookup.findVarHandle(Bucket.class, "stamp", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
