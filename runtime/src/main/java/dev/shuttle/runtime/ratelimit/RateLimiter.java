package dev.shuttle.runtime.ratelimit;

import dev.shuttle.RateLimited;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.internal.FlightRecording;
import dev.shuttle.runtime.internal.LiveObjects;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A lock-free token bucket: the guard that {@code @RateLimited} methods call before they run.
 *
 * <h2>Algorithm</h2>
 *
 * The bucket is one {@code long}, the <em>theoretical arrival time</em> (TAT) of the Generic Cell
 * Rate Algorithm: the time at which the bucket would be full again if no one took another permit.
 * A permit taken at {@code now} is free when {@code TAT - now <= (burst - 1) * interval}, and
 * moves the TAT to {@code max(TAT, now) + interval}. So taking a permit is a read of one cache line,
 * one clock read and one compare-and-set; it allocates nothing and never locks. A caller that must
 * wait reserves its permit with the same CAS (its permit is due when the TAT it saw, less the
 * tolerance, arrives) and then sleeps alone until that time: reservations are served in CAS order,
 * roughly first come first served, and no waiter is woken for a permit that is not its own.
 *
 * <p>Time is kept in <em>ticks</em> of {@code 1/scale} nanosecond, where {@code scale} is the
 * denominator of {@code periodNanos / permits} in lowest terms: the interval between permits is
 * then a whole number of ticks, so the long-run rate is exact ({@code 3} per second is
 * {@code 333,333,333⅓} ns, kept as {@code 1,000,000,000} ticks of ⅓ ns), with none of the drift of
 * a truncated or floating-point interval. Tick arithmetic wraps like {@link System#nanoTime()}
 * and only differences are compared. Because a fine tick wraps sooner than a nanosecond, a second
 * field stamps, in nanoseconds, when the TAT was last written (refreshed at most every quarter of
 * the horizon): a TAT whose stamp is older than the horizon is known to be in the past, so the
 * bucket is full. (A limit whose exact tick would be finer than 2<sup>-30</sup> ns rounds its
 * interval <em>up</em> to a whole number of such ticks: never more permits than the limit, and for
 * intervals of a nanosecond or more at most one part in 2<sup>30</sup> fewer. A burst that takes
 * years to refill coarsens the tick further; one that takes more than 18 years is refused.)
 *
 * <h2>Guarantees</h2>
 *
 * Over any interval of length {@code t}, permits granted (each counted at the clock reading it was
 * granted at, or at its due time if it was waited for) are at most
 * {@code burst + permits * t / periodNanos}, whatever the interleaving of threads; and a call is
 * refused or made to wait only when granting it sooner would break that bound (or jump the queue
 * of earlier reservations). A waiting caller resumes at the first whole nanosecond at or after its
 * permit's exact due time.
 *
 * <p>A call that needs no wait never looks at the thread's interrupt flag. A waiting caller that
 * is interrupted gives its permit back when no later reservation has been made (one CAS), so a
 * cancelled wait does not cost the others a permit; if later callers already queued behind it,
 * its slot simply passes unused (the bucket refills on time either way).
 */
public final class RateLimiter {
  /** The TAT of a bucket that a {@link KeyedRateLimiter} evicted; never a live TAT. */
  static final long RETIRED = Long.MIN_VALUE;
  /** {@link #grantNow()}: a permit was taken. */
  private static final long GRANTED = 0;
  /** {@link #grantNow()}: this bucket was evicted; go to the key's live bucket. */
  private static final long REDIRECT = Long.MIN_VALUE;
  /**
   * Largest lead, in ticks, of the TAT over now: a quarter of the wrap-around range, and twice the
   * longest refill {@link RateLimit} accepts, so that a one-nanosecond tick always fits.
   */
  private static final long MAX_LEAD_TICKS = RateLimited.MAX_REFILL_NANOS << 1;
  /** A {@code maxWaitNanos} without a limit, as {@link #reserve} takes it. */
  private static final long NO_LIMIT = -1;
  /** Finest tick: 2^30 per ns keeps the stale horizon above two seconds. */
  private static final long MAX_SCALE = 1L << 30;
  /** Every limiter made through a public constructor (not a keyed limiter's buckets), for the registry. */
  private static final LiveObjects<RateLimiter> LIVE = LiveObjects.of(
      ShuttleObject.Kind.RATE_LIMITER, RateLimiter::description, limiter -> null, RateLimiter::stats);

  private final RateLimit limit;
  private final Ticker ticker;
  private final String description;
  private final Counters counters;
  private final KeyedRateLimiter owner; // null unless this is a keyed bucket
  private final Object key;
  private final long scale; // ticks per nanosecond
  private final long interval; // ticks per permit
  private final long tolerance; // (burst - 1) * interval: how far ahead of now the TAT may be for a free permit
  private final long maxLead; // how far ahead of now a reservation may push the TAT
  private final long staleNanos; // a TAT not written for this long is in the past
  private final long refreshNanos; // how stale the stamp may get before a writer refreshes it

  private volatile long tat; // theoretical arrival time, in ticks
  private volatile long stamp; // nanoTime, at most refreshNanos before the last write of tat

  /** A limiter on the {@linkplain Ticker#system() system clock}. */
  public RateLimiter(RateLimit limit) {
    this(limit, Ticker.system(), null);
  }

  public RateLimiter(RateLimit limit, Ticker ticker) {
    this(limit, ticker, null);
  }

  /**
   * A limiter on the {@linkplain Ticker#system() system clock}.
   *
   * @param description what the limiter guards, for example {@code GitHubClient.repo}; it goes
   *     into the message of {@link RateLimitExceededException} and into JFR events; may be null
   */
  public RateLimiter(RateLimit limit, String description) {
    this(limit, Ticker.system(), description);
  }

  /**
   * @param description what the limiter guards, for example {@code GitHubClient.repo}; it goes
   *     into the message of {@link RateLimitExceededException} and into JFR events; may be null
   */
  public RateLimiter(RateLimit limit, Ticker ticker, String description) {
    this(limit, Shape.of(limit), ticker, description, new Counters(), null, null);
    LIVE.register(this); // once made: the registry may snapshot it from now on
  }

  RateLimiter(RateLimit limit, Shape shape, Ticker ticker, String description, Counters counters,
      KeyedRateLimiter owner, Object key) {
    this.limit = Objects.requireNonNull(limit, "limit");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.description = description;
    this.counters = counters;
    this.owner = owner;
    this.key = key;
    this.scale = shape.scale;
    this.interval = shape.interval;
    this.tolerance = shape.tolerance;
    this.maxLead = shape.maxLead;
    this.staleNanos = shape.staleNanos;
    this.refreshNanos = shape.refreshNanos;
    long now = ticker.nanoTime();
    this.stamp = now;
    long full = now * scale; // a TAT at or before now: full
    this.tat = full == RETIRED ? full - 1 : full;
  }

  public RateLimit limit() {
    return limit;
  }

  /** What the limiter guards, as given to the constructor; may be null. */
  public String description() {
    return description;
  }

  /**
   * Takes a permit, waiting until it is due ({@code OnLimit.WAIT}).
   *
   * @throws WaitInterruptedException if the thread was interrupted while it waited; the interrupt
   *     flag is set again and the permit given back when possible
   * @throws RateLimitExceededException only if the permit would be due absurdly far ahead (more
   *     than a quarter of the clock's range: millions of years at ordinary rates)
   */
  public void acquire() {
    acquireWithin(NO_LIMIT);
  }

  /**
   * Takes a permit, waiting at most {@code maxWait} for it ({@code OnLimit.WAIT} with a
   * {@code maxWait}). If the permit would come later, takes nothing and throws at once.
   *
   * @throws IllegalArgumentException if {@code maxWait} is negative
   * @throws RateLimitExceededException if the next permit is due later than that
   * @throws WaitInterruptedException as {@link #acquire()}
   */
  public void acquire(long maxWait, TimeUnit unit) {
    acquireWithin(toNanos(maxWait, unit));
  }

  private void acquireWithin(long maxWaitNanos) {
    if (grantNow() != GRANTED) {
      acquireSlow(maxWaitNanos);
    }
  }

  /**
   * Takes a permit if one is free now, or throws ({@code OnLimit.FAIL}). Never blocks.
   *
   * @throws RateLimitExceededException with the wait until the next permit, if none is free
   */
  public void tryAcquireOrFail() {
    long result = grantNow();
    if (result == GRANTED) {
      return;
    }
    if (result == REDIRECT) {
      successor().tryAcquireOrFail();
      return;
    }
    throw refused(result);
  }

  /** Takes a permit if one is free now. Never blocks, never throws. */
  public boolean tryAcquire() {
    long result = grantNow();
    if (result == GRANTED) {
      return true;
    }
    if (result == REDIRECT) {
      return successor().tryAcquire();
    }
    countRefusal(result);
    return false;
  }

  /**
   * Reserves a permit without waiting for it, however far ahead it is due ({@code OnLimit.WAIT}),
   * for callers that schedule their work themselves: an actor holds its message until then.
   *
   * @return nanoseconds until the permit is due, {@code 0} if it is due now
   * @throws RateLimitExceededException only if the permit would be due absurdly far ahead, as
   *     {@link #acquire()}
   */
  public long reserve() {
    return reserve(NO_LIMIT);
  }

  /**
   * Reserves a permit due within {@code maxWait} without waiting for it ({@code OnLimit.WAIT} with
   * a {@code maxWait}), for callers that schedule their work themselves.
   *
   * @return nanoseconds until the permit is due, {@code 0} if it is due now
   * @throws IllegalArgumentException if {@code maxWait} is negative
   * @throws RateLimitExceededException if the permit would be due later than that; nothing was
   *     reserved
   */
  public long reserve(long maxWait, TimeUnit unit) {
    return reserve(toNanos(maxWait, unit));
  }

  /**
   * Reserves a permit without waiting for it, for callers that schedule their work themselves.
   *
   * @param maxWaitNanos the latest, from now, that the permit may be due; negative for no limit
   * @return nanoseconds until the permit is due, {@code 0} if it is due now
   * @throws RateLimitExceededException if the permit would be due later than that; nothing was
   *     reserved
   */
  public long reserve(long maxWaitNanos) {
    long result = grantNow();
    if (result == GRANTED) {
      return 0;
    }
    if (result == REDIRECT) {
      return successor().reserve(maxWaitNanos);
    }
    if (maxWaitNanos == 0) {
      throw refused(result);
    }
    long wait = reserveSlot(maxWaitNanos, true);
    if (wait == REDIRECT) {
      return successor().reserve(maxWaitNanos);
    }
    countWait(wait);
    return wait;
  }

  /**
   * Runs an asynchronous call when its permit is due, however long that takes, without blocking
   * the caller: at once on the calling thread if a permit is free, else on the shared daemon timer
   * thread {@code shuttle-ratelimit-timer} (so {@code call} should start its work and return its
   * stage quickly). The timer runs on the system clock whatever this limiter's ticker.
   *
   * @return completes as the stage {@code call} returns completes, with the same value or
   *     exception ({@code CompletionException} unwrapped); fails with the exception {@code call}
   *     threw. Cancelling it before the permit is due skips the call.
   */
  public <T> CompletableFuture<T> whenPermitted(Callable<? extends CompletionStage<T>> call) {
    return startWhenPermitted(NO_LIMIT, call);
  }

  /**
   * {@link #whenPermitted(Callable)} for a permit due within {@code maxWait}: if it would be due
   * later, the future fails with {@link RateLimitExceededException} and {@code call} never runs.
   *
   * @throws IllegalArgumentException if {@code maxWait} is negative
   */
  public <T> CompletableFuture<T> whenPermitted(
      long maxWait, TimeUnit unit, Callable<? extends CompletionStage<T>> call) {
    return startWhenPermitted(toNanos(maxWait, unit), call);
  }

  /**
   * {@link #whenPermitted(Callable)} for a permit free now ({@code OnLimit.FAIL}): if none is,
   * the future fails with {@link RateLimitExceededException} and {@code call} never runs.
   */
  public <T> CompletableFuture<T> ifPermitted(Callable<? extends CompletionStage<T>> call) {
    return startWhenPermitted(0, call);
  }

  private <T> CompletableFuture<T> startWhenPermitted(
      long maxWaitNanos, Callable<? extends CompletionStage<T>> call) {
    Objects.requireNonNull(call, "call");
    long wait;
    try {
      wait = reserve(maxWaitNanos);
    } catch (RateLimitExceededException refused) {
      return CompletableFuture.failedFuture(refused);
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    if (wait == 0) {
      RateLimitTimer.start(call, result);
    } else {
      RateLimitTimer.schedule(call, result, wait);
    }
    return result;
  }

  private static long toNanos(long maxWait, TimeUnit unit) {
    if (maxWait < 0) {
      throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait + " " + unit);
    }
    return unit.toNanos(maxWait);
  }

  /** A cheap snapshot of the counters and the bucket. */
  public RateLimiterStats stats() {
    long current = tat;
    long available = limit.burst();
    long ahead = 0;
    if (current != RETIRED) {
      long lead = lead(current, stamp, ticker.nanoTime());
      if (lead > tolerance) {
        available = 0;
        ahead = ceilDiv(lead - tolerance, interval) - 1; // the j >= 1 with j * interval < lead - tolerance
      } else {
        available = (tolerance - lead) / interval + 1;
      }
    }
    return new RateLimiterStats(limit, counters.granted.sum(), counters.refused.sum(), counters.waits.sum(),
        counters.waitNanos.sum(), available, ahead);
  }

  @Override
  public String toString() {
    return "RateLimiter[" + limit + (description == null ? "" : ", " + describe()) + "]";
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The fast path: takes a permit if one is free now.
   *
   * @return {@link #GRANTED}; {@link #REDIRECT}; or else the nanoseconds until the next permit
   *     (positive), having taken nothing
   */
  private long grantNow() {
    for (;;) {
      // Read the TAT before the clock: the result is then what a call at the clock's instant
      // would see, which keeps tryAcquire linearizable when time moves concurrently.
      long current = tat;
      if (current == RETIRED) {
        return REDIRECT;
      }
      long stamped = stamp;
      long now = ticker.nanoTime();
      long lead = lead(current, stamped, now);
      if (lead <= tolerance) {
        if (now - stamped > refreshNanos) {
          refreshStamp(stamped, now);
        }
        if (TAT.compareAndSet(this, current, live(now * scale + lead + interval))) {
          counters.granted.increment();
          return GRANTED;
        }
      } else if (tat == current) { // refuse only if the bucket did not move meanwhile
        return ceilDiv(lead - tolerance, scale);
      }
    }
  }

  /**
   * The slow path: reserves the next permit even if it is due later.
   *
   * @param wantWait what to return: the wait, measured from the clock reading the reservation
   *     was made at (so the answer is that of one instant); or the TAT the reservation installed,
   *     for {@link #giveBack}
   * @return nanoseconds until the permit is due, or the TAT installed (the permit is due at that
   *     TAT less interval and tolerance); {@link #REDIRECT} (= {@link #RETIRED}) if this bucket
   *     was evicted
   * @throws RateLimitExceededException if the permit would be due more than {@code maxWaitNanos}
   *     from now; nothing was reserved
   */
  private long reserveSlot(long maxWaitNanos, boolean wantWait) {
    for (;;) {
      long current = tat;
      if (current == RETIRED) {
        return RETIRED;
      }
      long stamped = stamp;
      long now = ticker.nanoTime();
      long lead = lead(current, stamped, now);
      long waitNanos = lead > tolerance ? ceilDiv(lead - tolerance, scale) : 0;
      if ((maxWaitNanos >= 0 && waitNanos > maxWaitNanos) || lead > maxLead) {
        if (tat == current) {
          throw refused(waitNanos);
        }
        continue;
      }
      if (now - stamped > refreshNanos) {
        refreshStamp(stamped, now);
      }
      long next = live(now * scale + lead + interval);
      if (TAT.compareAndSet(this, current, next)) {
        counters.granted.increment();
        return wantWait ? waitNanos : next;
      }
    }
  }

  private void acquireSlow(long maxWaitNanos) {
    long reserved = reserveSlot(maxWaitNanos, false);
    if (reserved == RETIRED) {
      successor().acquireWithin(maxWaitNanos);
      return;
    }
    long wait = nanosUntilDue(reserved);
    countWait(wait);
    if (wait > 0) {
      sleep(reserved, wait);
    }
  }

  /** Adds a granted permit's wait to the stats; {@link #giveBack} takes it out again. */
  private void countWait(long waitNanos) {
    if (waitNanos > 0) {
      counters.waits.increment();
      counters.waitNanos.add(waitNanos);
    }
  }

  private void sleep(long reserved, long waitNanos) {
    RateLimitWaitEvent event = FlightRecording.begin(RateLimitWaitEvent::new);
    boolean interrupted = false;
    try {
      ticker.sleepNanos(waitNanos);
    } catch (InterruptedException e) {
      giveBack(reserved, waitNanos);
      interrupted = true;
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException(
          "Interrupted while waiting for a permit of rate limit " + limit
              + (description == null ? "" : " for " + describe()), e);
    } finally {
      if (event != null) {
        event.end();
        if (event.shouldCommit()) {
          event.limit = limit.toString();
          event.description = describe();
          event.interrupted = interrupted;
          event.commit();
        }
      }
    }
  }

  /**
   * Undoes a reservation if it is still the latest one: the TAT then goes back by one interval,
   * to where it would be without it (or later, never earlier), and the stats forget the permit
   * and its wait. Otherwise someone reserved behind it, and its slot passes unused.
   */
  private void giveBack(long reserved, long waitNanos) {
    if (TAT.compareAndSet(this, reserved, live(reserved - interval))) {
      counters.granted.decrement();
      counters.waits.decrement();
      counters.waitNanos.add(-waitNanos);
    }
  }

  /** Nanoseconds from now until the permit of a reservation that installed {@code reserved} is due. */
  private long nanosUntilDue(long reserved) {
    long until = reserved - interval - tolerance - ticker.nanoTime() * scale;
    return until > 0 ? ceilDiv(until, scale) : 0;
  }

  /** Ticks by which the TAT is ahead of now; 0 when the bucket is full. */
  private long lead(long current, long stamped, long now) {
    long lead = current - now * scale;
    // A TAT unwritten for staleNanos is in the past, though its ticks may have wrapped around.
    return lead > 0 && now - stamped <= staleNanos ? lead : 0;
  }

  private void refreshStamp(long stamped, long now) {
    // Before the CAS of the TAT, so no reader can see a new TAT with a stamp older than its refresh
    // window; by CAS, so a thread that read the clock long ago cannot move the stamp back.
    STAMP.compareAndSet(this, stamped, now);
  }

  private void countRefusal(long waitNanos) {
    counters.refused.increment();
    if (FlightRecording.running()) {
      RateLimitRefusedEvent.emit(this, waitNanos);
    }
  }

  private RateLimitExceededException refused(long waitNanos) {
    countRefusal(waitNanos);
    return new RateLimitExceededException(describe(), limit, waitNanos);
  }

  String describe() {
    return owner == null ? description : owner.describe(key);
  }

  /** The live bucket for this bucket's key, after a {@link KeyedRateLimiter} evicted this one. */
  private RateLimiter successor() {
    return owner.forKey(key);
  }

  boolean isRetired() {
    return tat == RETIRED;
  }

  /**
   * For {@link KeyedRateLimiter}'s sweep: retires the bucket if it is full at {@code now}, when it
   * behaves exactly like a new one. Calls that still hold it then go to the key's new bucket.
   */
  boolean retireIfFull(long now) {
    long current = tat;
    if (current == RETIRED) {
      return true;
    }
    return lead(current, stamp, now) == 0 && TAT.compareAndSet(this, current, RETIRED);
  }

  private static long live(long tat) {
    return tat == RETIRED ? tat + 1 : tat; // one tick later: harmless, and never mistaken for RETIRED
  }

  private static long ceilDiv(long x, long y) {
    long q = x / y;
    return q * y == x ? q : q + 1;
  }

  /** Counters, shared by all the buckets of a {@link KeyedRateLimiter}. */
  static final class Counters {
    final LongAdder granted = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder waits = new LongAdder(); // granted permits that were due later than asked for
    final LongAdder waitNanos = new LongAdder();
  }

  /** The tick arithmetic of a limit, worked out once (shared by the buckets of a keyed limiter). */
  static final class Shape {
    final long scale;
    final long interval;
    final long tolerance;
    final long maxLead;
    final long staleNanos;
    final long refreshNanos;

    private Shape(long scale, long interval, long burst) {
      this.scale = scale;
      this.interval = interval;
      this.tolerance = (burst - 1) * interval;
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
        return new Shape(exactScale.longValue(), exactInterval.longValueExact(), limit.burst());
      }
      // The exact tick is too fine: take the finest power-of-two tick that fits, interval rounded up.
      for (long scale = Math.min(Long.highestOneBit(exactScale.longValue()), MAX_SCALE); scale >= 1; scale >>= 1) {
        BigInteger[] qr = period.multiply(BigInteger.valueOf(scale)).divideAndRemainder(permits);
        BigInteger interval = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        if (fits(interval, limit.burst())) {
          return new Shape(scale, interval.longValueExact(), limit.burst());
        }
      }
      // Unreachable: at one tick per nanosecond the span is RateLimit's refill, which it bounds.
      throw new AssertionError("Rate limit " + limit + " has no tick that fits");
    }

    /** Whether a bucket's full span, (burst - 1) * interval, leaves room for reservations ahead. */
    private static boolean fits(BigInteger interval, long burst) {
      BigInteger span = interval.multiply(BigInteger.valueOf(burst));
      return span.compareTo(BigInteger.valueOf(MAX_LEAD_TICKS >> 1)) <= 0;
    }
  }

  private static final VarHandle TAT;
  private static final VarHandle STAMP;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      TAT = lookup.findVarHandle(RateLimiter.class, "tat", long.class);
      STAMP = lookup.findVarHandle(RateLimiter.class, "stamp", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
