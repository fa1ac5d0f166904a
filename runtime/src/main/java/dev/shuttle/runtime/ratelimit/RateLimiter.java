package dev.shuttle.runtime.ratelimit;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.internal.Declarations;
import dev.shuttle.runtime.internal.FlightRecording;
import dev.shuttle.runtime.internal.LiveObjects;
import java.time.Duration;
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
 * roughly first come first served, and no waiter is woken for a permit that is not its own. A call
 * that costs {@code n} permits is the same with {@code n * interval}: its permits are free when
 * {@code TAT - now <= (burst - n) * interval}, and it moves the TAT by {@code n} intervals.
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
 * <p>The TAT and the tick arithmetic of the limit live together in one object; the limiter points
 * to it. {@link #setLimit} installs a new one, with the TAT converted to the new ticks, by one CAS
 * that marks the old one moved: a call that still holds the old one follows it to the new one, so
 * every permit is taken under exactly one limit and a change is atomic with respect to all of them.
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
 * is interrupted gives its permits back when no later reservation has been made and the limit has
 * not changed since (one CAS), so a cancelled wait does not cost the others a permit; otherwise
 * its slot simply passes unused (the bucket refills on time either way).
 *
 * <h2>Changing the limit</h2>
 *
 * {@link #setLimit} (for operators, or a client that adapts to a service's quota) changes the
 * limit at once, for every caller:
 * <ul>
 *   <li>permits already granted keep their due times: a waiting caller is woken neither earlier nor
 *       later;
 *   <li>the bucket keeps what it holds, counted in permits (those taken lately and not yet drained,
 *       and those reserved ahead), and drains from then at the new rate: a lower burst frees
 *       nothing (if the bucket holds more, the next permit waits until it has drained below the new
 *       burst), a higher one makes room at once if a permit is free;
 *   <li>a change never brings the next permit sooner: if none is free at the change (callers wait,
 *       a {@linkplain #pauseFor pause} runs, or the last permit was just taken), the next one stays
 *       due no sooner than it was, so callers keep their order, and the new rate and burst make
 *       themselves felt after it;
 *   <li>times are rounded up to the new limit's tick, so no permit comes sooner.
 * </ul>
 * So the bound above holds across changes in this form: over any interval {@code [s, e]}, the
 * permits counted in it are at most {@code B + (the integral over [s, e] of the rate in force)},
 * where {@code B} is the largest burst in force at some instant of the interval, and a change is
 * in force from the instant it is made, except that until the next permit due at that instant both
 * limits count as in force (the waiting callers' permits were granted under the old one). A change
 * to an equivalent limit ({@link RateLimit#isEquivalentTo}) changes nothing.
 */
public final class RateLimiter {
  /** {@link #grantNow}: the permits were taken. */
  private static final long GRANTED = 0;
  /** {@link #grantNow}: this bucket was evicted; go to the key's live bucket. */
  private static final long REDIRECT = Bucket.RETIRED;
  /** A {@code maxWaitNanos} without a limit, as {@link #reserve} takes it. */
  private static final long NO_LIMIT = -1;
  /** Every limiter made through a public constructor (not a keyed limiter's buckets), for the registry. */
  private static final LiveObjects<RateLimiter> LIVE = LiveObjects.of(
      ShuttleObject.Kind.RATE_LIMITER, RateLimiter::description, limiter -> limiter.declaration, RateLimiter::stats);

  private final ShuttleClock ticker;
  private final String description;
  private final String declaration; // the @RateLimited that made it, a Declarations path; null if made by hand
  private final Counters counters;
  private final KeyedRateLimiter owner; // null unless this is a keyed bucket
  private final Object key;
  private volatile Bucket bucket; // the limit in force and its TAT; replaced by setLimit

  /** A limiter on the {@linkplain ShuttleClock#current() current clock}. */
  public RateLimiter(RateLimit limit) {
    this(limit, ShuttleClock.current(), null);
  }

  public RateLimiter(RateLimit limit, ShuttleClock ticker) {
    this(limit, ticker, null);
  }

  /**
   * A limiter on the {@linkplain ShuttleClock#current() current clock}: the system clock unless a
   * test installed one.
   *
   * @param description what the limiter guards, for example {@code GitHubClient.repo}; it goes
   *     into the message of {@link RateLimitExceededException} and into JFR events; may be null
   */
  public RateLimiter(RateLimit limit, String description) {
    this(limit, ShuttleClock.current(), description);
  }

  /**
   * @param description what the limiter guards, for example {@code GitHubClient.repo}; it goes
   *     into the message of {@link RateLimitExceededException} and into JFR events; may be null
   */
  public RateLimiter(RateLimit limit, ShuttleClock ticker, String description) {
    this(Shape.of(Objects.requireNonNull(limit, "limit")), ticker, description, null, new Counters(), null, null);
    LIVE.register(this); // once made: the registry may snapshot it from now on
  }

  /**
   * The limiter of one {@code @RateLimited} declaration, on the current clock: {@code declared}, as
   * the annotation says, with the {@linkplain RateLimit#configured deploy-time overrides} of
   * {@code declaration}; named after it in messages, events and the registry
   * ({@code GitHubClient.repo}), which also knows its class and method.
   *
   * @param periodUnit the annotation's {@code unit}
   * @param declaration for example {@code com.example.GitHubClient/repo/RateLimited}
   * @throws dev.shuttle.runtime.config.OverrideException if an override is refused
   */
  public RateLimiter(RateLimit declared, TimeUnit periodUnit, String declaration) {
    this(Shape.of(declared.configured(declaration, periodUnit)), ShuttleClock.current(),
        Declarations.description(declaration), declaration, new Counters(), null, null);
    LIVE.register(this);
  }

  RateLimiter(Shape shape, ShuttleClock ticker, String description, String declaration, Counters counters,
      KeyedRateLimiter owner, Object key) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.description = description;
    this.declaration = declaration;
    this.counters = counters;
    this.owner = owner;
    this.key = key;
    this.bucket = new Bucket(shape, ticker.nanoTime(), 0); // full
  }

  /** The limit in force now. */
  public RateLimit limit() {
    return bucket.latest().limit;
  }

  /** What the limiter guards, as given to the constructor; may be null. */
  public String description() {
    return description;
  }

  /**
   * Changes the limit, at once and for every caller; see "Changing the limit" above for what
   * becomes of the permits already taken and of waiting callers. Changes are atomic with respect
   * to every permit taken; they take a lock among themselves, which callers never do.
   *
   * @throws IllegalArgumentException if the next permit is due further ahead than the new limit's
   *     ticks can count (only for a limit whose ticks are far finer than a nanosecond, such as
   *     999,983 per second, and a queue or pause many minutes long); nothing changed
   * @throws UnsupportedOperationException for a bucket of a {@link KeyedRateLimiter}, whose buckets
   *     all have its limit: change it there
   */
  public void setLimit(RateLimit limit) {
    Objects.requireNonNull(limit, "limit");
    if (owner != null) {
      throw new UnsupportedOperationException("The bucket of one key takes its limit from its KeyedRateLimiter"
          + (description == null ? "" : " (" + description + ")") + ": call setLimit there, for every key");
    }
    change(Shape.of(limit));
  }

  /**
   * {@code setLimit(RateLimit.of(permits, period, unit))}: {@code permits} per {@code period},
   * with bursts of as many, as {@code @RateLimited(value = permits, period = period, unit = unit)}.
   */
  public void setLimit(long permits, long period, TimeUnit unit) {
    setLimit(RateLimit.of(permits, period, unit));
  }

  /**
   * Grants no permit until {@code duration} from now, for a client told by a service to back off
   * (a {@code Retry-After} header, a quota reset). Permits already granted keep their due times; a
   * call that would be due sooner waits or is refused as usual. At the end one permit is free, and
   * the burst refills from there at the limit's rate, so the service is not sent a burst the
   * moment the pause ends. A pause that ends before the next permit is due anyway changes
   * nothing; a zero duration empties the bucket now.
   *
   * @throws IllegalArgumentException if {@code duration} is negative, or longer than the limit's
   *     ticks can count (decades for ordinary limits; minutes for one whose ticks are far finer
   *     than a nanosecond)
   */
  public void pauseFor(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A pause must not be negative, was " + duration);
    }
    long nanos = duration.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : duration.toNanos();
    Bucket b = bucket;
    for (;;) {
      long current = b.tat;
      if (current == Bucket.RETIRED) {
        if (b.next == null) {
          successor().pauseFor(duration);
          return;
        }
        b = b.next;
        continue;
      }
      if (nanos > Bucket.maxAheadNanos(b.shape)) {
        throw new IllegalArgumentException("A pause of " + duration + " is longer than rate limit " + b.limit
            + " can count: at most " + Duration.ofNanos(Bucket.maxAheadNanos(b.shape)));
      }
      long stamped = b.stamp;
      long now = ticker.nanoTime();
      long paused = nanos * b.scale + b.tolerance; // the next permit due at now + nanos
      if (b.lead(current, stamped, now) >= paused) {
        return;
      }
      b.refreshStamp(stamped, now);
      if (b.casTat(current, Bucket.live(now * b.scale + paused))) {
        return;
      }
    }
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
    acquireWithin(1, NO_LIMIT);
  }

  /**
   * Takes {@code permits} permits at once, for a call that costs them (by payload size, say),
   * waiting until they are due: {@link #acquire()} with a cost.
   *
   * @throws IllegalArgumentException if {@code permits} is less than 1 or more than the burst:
   *     such a call could never pass
   * @throws WaitInterruptedException as {@link #acquire()}
   */
  public void acquire(int permits) {
    acquireWithin(checkCost(permits), NO_LIMIT);
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
    acquireWithin(1, toNanos(maxWait, unit));
  }

  /**
   * {@link #acquire(long, TimeUnit)} for a call that costs {@code permits} permits.
   *
   * @throws IllegalArgumentException if {@code permits} is less than 1 or more than the burst, or
   *     {@code maxWait} is negative
   */
  public void acquire(int permits, long maxWait, TimeUnit unit) {
    acquireWithin(checkCost(permits), toNanos(maxWait, unit));
  }

  private void acquireWithin(int permits, long maxWaitNanos) {
    if (grantNow(permits) != GRANTED) {
      acquireSlow(permits, maxWaitNanos);
    }
  }

  /**
   * Takes a permit if one is free now, or throws ({@code OnLimit.FAIL}). Never blocks.
   *
   * @throws RateLimitExceededException with the wait until the next permit, if none is free
   */
  public void tryAcquireOrFail() {
    tryAcquireOrFail0(1);
  }

  /**
   * {@link #tryAcquireOrFail()} for a call that costs {@code permits} permits: takes them all if
   * they are free now, or none.
   *
   * @throws IllegalArgumentException if {@code permits} is less than 1 or more than the burst
   * @throws RateLimitExceededException with the wait until they are, if they are not free
   */
  public void tryAcquireOrFail(int permits) {
    tryAcquireOrFail0(checkCost(permits));
  }

  private void tryAcquireOrFail0(int permits) {
    long result = grantNow(permits);
    if (result == GRANTED) {
      return;
    }
    if (result == REDIRECT) {
      successor().tryAcquireOrFail0(permits);
      return;
    }
    throw refused(permits, result);
  }

  /** Takes a permit if one is free now. Never blocks, never throws. */
  public boolean tryAcquire() {
    return tryAcquire0(1);
  }

  /**
   * Takes {@code permits} permits if they are all free now, or none. Never blocks.
   *
   * @throws IllegalArgumentException if {@code permits} is less than 1 or more than the burst
   */
  public boolean tryAcquire(int permits) {
    return tryAcquire0(checkCost(permits));
  }

  private boolean tryAcquire0(int permits) {
    long result = grantNow(permits);
    if (result == GRANTED) {
      return true;
    }
    if (result == REDIRECT) {
      return successor().tryAcquire0(permits);
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
    return reserveWithin(1, NO_LIMIT);
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
    return reserveWithin(1, toNanos(maxWait, unit));
  }

  /**
   * {@link #reserve(long, TimeUnit)} for a call that costs {@code permits} permits; a
   * {@code maxWait} of {@code Long.MAX_VALUE} means no bound.
   *
   * @return nanoseconds until the permits are due, {@code 0} if they are due now
   * @throws IllegalArgumentException if {@code permits} is less than 1 or more than the burst, or
   *     {@code maxWait} is negative
   */
  public long reserve(int permits, long maxWait, TimeUnit unit) {
    return reserveWithin(checkCost(permits), toNanos(maxWait, unit));
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
    return reserveWithin(1, maxWaitNanos);
  }

  private long reserveWithin(int permits, long maxWaitNanos) {
    long result = grantNow(permits);
    if (result == GRANTED) {
      return 0;
    }
    if (result == REDIRECT) {
      return successor().reserveWithin(permits, maxWaitNanos);
    }
    if (maxWaitNanos == 0) {
      throw refused(permits, result);
    }
    for (Bucket b = bucket;;) {
      long wait = reserveSlot(b, permits, maxWaitNanos, true);
      if (wait == Bucket.RETIRED) {
        if (b.next == null) {
          return successor().reserveWithin(permits, maxWaitNanos);
        }
        b = b.next;
        continue;
      }
      countWait(wait);
      return wait;
    }
  }

  /**
   * Runs an asynchronous call when its permit is due, however long that takes, without blocking
   * the caller: at once on the calling thread if a permit is free, else on the shared daemon timer
   * thread {@code shuttle-ratelimit-timer} (so {@code call} should start its work and return its
   * stage quickly); on a test's clock, when that clock reaches the permit's due time.
   *
   * @return completes as the stage {@code call} returns completes, with the same value or
   *     exception ({@code CompletionException} unwrapped); fails with the exception {@code call}
   *     threw. Cancelling it before the permit is due skips the call.
   */
  public <T> CompletableFuture<T> whenPermitted(Callable<? extends CompletionStage<T>> call) {
    return startWhenPermitted(1, NO_LIMIT, call);
  }

  /**
   * {@link #whenPermitted(Callable)} for a call that costs {@code permits} permits.
   *
   * @throws IllegalArgumentException if {@code permits} is less than 1 or more than the burst
   */
  public <T> CompletableFuture<T> whenPermitted(int permits, Callable<? extends CompletionStage<T>> call) {
    return startWhenPermitted(checkCost(permits), NO_LIMIT, call);
  }

  /**
   * {@link #whenPermitted(Callable)} for a permit due within {@code maxWait}: if it would be due
   * later, the future fails with {@link RateLimitExceededException} and {@code call} never runs.
   *
   * @throws IllegalArgumentException if {@code maxWait} is negative
   */
  public <T> CompletableFuture<T> whenPermitted(
      long maxWait, TimeUnit unit, Callable<? extends CompletionStage<T>> call) {
    return startWhenPermitted(1, toNanos(maxWait, unit), call);
  }

  /**
   * {@link #whenPermitted(long, TimeUnit, Callable)} for a call that costs {@code permits} permits.
   *
   * @throws IllegalArgumentException if {@code permits} is less than 1 or more than the burst, or
   *     {@code maxWait} is negative
   */
  public <T> CompletableFuture<T> whenPermitted(
      int permits, long maxWait, TimeUnit unit, Callable<? extends CompletionStage<T>> call) {
    return startWhenPermitted(checkCost(permits), toNanos(maxWait, unit), call);
  }

  /**
   * {@link #whenPermitted(Callable)} for a permit free now ({@code OnLimit.FAIL}): if none is,
   * the future fails with {@link RateLimitExceededException} and {@code call} never runs.
   */
  public <T> CompletableFuture<T> ifPermitted(Callable<? extends CompletionStage<T>> call) {
    return startWhenPermitted(1, 0, call);
  }

  /**
   * {@link #ifPermitted(Callable)} for a call that costs {@code permits} permits.
   *
   * @throws IllegalArgumentException if {@code permits} is less than 1 or more than the burst
   */
  public <T> CompletableFuture<T> ifPermitted(int permits, Callable<? extends CompletionStage<T>> call) {
    return startWhenPermitted(checkCost(permits), 0, call);
  }

  private <T> CompletableFuture<T> startWhenPermitted(
      int permits, long maxWaitNanos, Callable<? extends CompletionStage<T>> call) {
    Objects.requireNonNull(call, "call");
    long wait;
    try {
      wait = reserveWithin(permits, maxWaitNanos);
    } catch (RateLimitExceededException refused) {
      return CompletableFuture.failedFuture(refused);
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    if (wait == 0) {
      RateLimitTimer.start(call, result);
    } else {
      RateLimitTimer.schedule(ticker, call, result, wait);
    }
    return result;
  }

  private static long toNanos(long maxWait, TimeUnit unit) {
    if (maxWait < 0) {
      throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait + " " + unit);
    }
    return unit.toNanos(maxWait);
  }

  /**
   * Refuses a cost below one permit here, and one above the burst against the limit in force when
   * the permits are taken ({@link #costAboveBurst}).
   */
  private static int checkCost(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("A call must cost at least one permit, not " + permits);
    }
    return permits;
  }

  /** A cheap snapshot of the counters and the bucket. */
  public RateLimiterStats stats() {
    Bucket b = bucket.latest();
    long current = b.tat;
    long available = b.burst;
    long ahead = 0;
    if (current != Bucket.RETIRED) {
      long lead = b.lead(current, b.stamp, ticker.nanoTime());
      if (lead > b.tolerance) {
        available = 0;
        ahead = Bucket.ceilDiv(lead - b.tolerance, b.interval) - 1; // the j >= 1 with j * interval < lead - tolerance
      } else {
        available = (b.tolerance - lead) / b.interval + 1;
      }
    }
    return new RateLimiterStats(b.limit, counters.granted.sum(), counters.refused.sum(), counters.waits.sum(),
        counters.waitNanos.sum(), available, ahead);
  }

  @Override
  public String toString() {
    return "RateLimiter[" + limit() + (description == null ? "" : ", " + describe()) + "]";
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The fast path: takes {@code permits} permits if they are free now.
   *
   * @return {@link #GRANTED}; {@link #REDIRECT}; or else the nanoseconds until they are
   *     (positive), having taken nothing
   * @throws IllegalArgumentException if {@code permits} is more than the burst
   */
  private long grantNow(int permits) {
    Bucket b = bucket;
    for (;;) {
      // Read the TAT before the clock: the result is then what a call at the clock's instant
      // would see, which keeps tryAcquire linearizable when time moves concurrently.
      long current = b.tat;
      if (current == Bucket.RETIRED) {
        Bucket successor = b.next;
        if (successor == null) {
          return REDIRECT;
        }
        b = successor;
        continue;
      }
      if (permits > 1 && permits > b.burst) { // (the JIT drops the test for one permit)
        throw costAboveBurst(permits, b.limit);
      }
      long stamped = b.stamp;
      long now = ticker.nanoTime();
      long lead = b.lead(current, stamped, now);
      long threshold = b.tolerance - (permits - 1) * b.interval; // for one permit: the tolerance
      if (lead <= threshold) {
        b.refreshStamp(stamped, now);
        if (b.casTat(current, Bucket.live(now * b.scale + lead + permits * b.interval))) {
          counters.granted.add(permits);
          return GRANTED;
        }
      } else if (b.tat == current) { // refuse only if the bucket did not move meanwhile
        return Bucket.ceilDiv(lead - threshold, b.scale);
      }
    }
  }

  /**
   * The slow path: reserves the next {@code permits} permits of bucket {@code b} even if they are
   * due later.
   *
   * @param wantWait what to return: the wait, measured from the clock reading the reservation
   *     was made at (so the answer is that of one instant); or the TAT the reservation installed,
   *     for {@link #giveBack}
   * @return nanoseconds until the permits are due, or the TAT installed (they are due at that TAT
   *     less burst intervals); {@link Bucket#RETIRED} if the bucket was evicted or replaced
   * @throws RateLimitExceededException if the permits would be due more than {@code maxWaitNanos}
   *     from now; nothing was reserved
   * @throws IllegalArgumentException if {@code permits} is more than the burst
   */
  private long reserveSlot(Bucket b, int permits, long maxWaitNanos, boolean wantWait) {
    for (;;) {
      long current = b.tat;
      if (current == Bucket.RETIRED) {
        return current;
      }
      if (permits > b.burst) {
        throw costAboveBurst(permits, b.limit);
      }
      long stamped = b.stamp;
      long now = ticker.nanoTime();
      long lead = b.lead(current, stamped, now);
      long threshold = b.tolerance - (permits - 1) * b.interval;
      long waitNanos = lead > threshold ? Bucket.ceilDiv(lead - threshold, b.scale) : 0;
      if ((maxWaitNanos >= 0 && waitNanos > maxWaitNanos) || lead > b.maxLead) {
        if (b.tat == current) {
          throw refused(permits, waitNanos);
        }
        continue;
      }
      b.refreshStamp(stamped, now);
      long next = Bucket.live(now * b.scale + lead + permits * b.interval);
      if (b.casTat(current, next)) {
        counters.granted.add(permits);
        return wantWait ? waitNanos : next;
      }
    }
  }

  private void acquireSlow(int permits, long maxWaitNanos) {
    for (Bucket b = bucket;;) {
      long reserved = reserveSlot(b, permits, maxWaitNanos, false);
      if (reserved == Bucket.RETIRED) {
        if (b.next == null) {
          successor().acquireWithin(permits, maxWaitNanos);
          return;
        }
        b = b.next;
        continue;
      }
      long wait = nanosUntilDue(b, reserved);
      countWait(wait);
      if (wait > 0) {
        sleep(b, reserved, permits, wait);
      }
      return;
    }
  }

  /** Adds a granted permit's wait to the stats; {@link #giveBack} takes it out again. */
  private void countWait(long waitNanos) {
    if (waitNanos > 0) {
      counters.waits.increment();
      counters.waitNanos.add(waitNanos);
    }
  }

  private void sleep(Bucket b, long reserved, int permits, long waitNanos) {
    RateLimitWaitEvent event = FlightRecording.begin(RateLimitWaitEvent::new);
    boolean interrupted = false;
    try {
      ticker.sleepNanos(waitNanos);
    } catch (InterruptedException e) {
      giveBack(b, reserved, permits, waitNanos);
      interrupted = true;
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException(
          "Interrupted while waiting for a permit of rate limit " + b.limit
              + (description == null ? "" : " for " + describe()), e);
    } finally {
      if (event != null) {
        event.end();
        if (event.shouldCommit()) {
          event.limit = b.limit.toString();
          event.description = describe();
          event.interrupted = interrupted;
          event.commit();
        }
      }
    }
  }

  /**
   * Undoes a reservation if it is still the latest one of its bucket: the TAT then goes back by
   * its permits' intervals, to where it would be without it (or later, never earlier), and the
   * stats forget the permits and their wait. Otherwise someone reserved behind it, or the limit
   * changed, and its slot passes unused.
   */
  private void giveBack(Bucket b, long reserved, int permits, long waitNanos) {
    if (b.casTat(reserved, Bucket.live(reserved - permits * b.interval))) {
      counters.granted.add(-permits);
      counters.waits.decrement();
      counters.waitNanos.add(-waitNanos);
    }
  }

  /**
   * Nanoseconds from now until the permits of a reservation that installed {@code reserved} are
   * due: when the TAT is a full burst of intervals ahead, whatever their number.
   */
  private long nanosUntilDue(Bucket b, long reserved) {
    long until = reserved - b.interval - b.tolerance - ticker.nanoTime() * b.scale;
    return until > 0 ? Bucket.ceilDiv(until, b.scale) : 0;
  }

  /**
   * Installs a bucket under {@code target} in place of the current one, converting its TAT by the
   * change rule; for a keyed bucket with a null {@code target}, under its owner's limit as it is
   * once this change runs (so that concurrent changes of the owner end with the last one).
   */
  private void change(Shape target) {
    for (;;) {
      Bucket b = bucket.latest();
      synchronized (b) { // one change or eviction at a time: a second starts from the first's successor
        if (b.tat == Bucket.RETIRED && b.next != null) {
          continue;
        }
        Shape to = target != null ? target : owner.shape();
        if (b.shape != to) {
          Bucket successor = b.moveTo(to, ticker);
          if (successor != null) { // else evicted: the key's next bucket takes the owner's limit
            bucket = successor;
          }
        }
        return;
      }
    }
  }

  /** For {@link KeyedRateLimiter}: takes its limit now. */
  void followOwner() {
    change(null);
  }

  private void countRefusal(long waitNanos) {
    counters.refused.increment();
    if (FlightRecording.running()) {
      RateLimitRefusedEvent.emit(this, waitNanos);
    }
  }

  private RateLimitExceededException refused(int permits, long waitNanos) {
    countRefusal(waitNanos);
    return new RateLimitExceededException(describe(), limit(), permits, waitNanos);
  }

  private IllegalArgumentException costAboveBurst(int permits, RateLimit limit) {
    return new IllegalArgumentException("A call that costs " + permits + " permits can never pass rate limit "
        + limit + (description == null && owner == null ? "" : " for " + describe())
        + ": a call may cost at most the burst, " + limit.burst());
  }

  String describe() {
    return owner == null ? description : owner.describe(key);
  }

  /** The live bucket for this bucket's key, after a {@link KeyedRateLimiter} evicted this one. */
  private RateLimiter successor() {
    return owner.forKey(key);
  }

  boolean isRetired() {
    return bucket.latest().isEvicted();
  }

  /**
   * For {@link KeyedRateLimiter}'s sweep: retires the bucket if it is full at {@code now}, when it
   * behaves exactly like a new one. Calls that still hold it then go to the key's new bucket.
   */
  boolean retireIfFull(long now) {
    return bucket.latest().retireIfFull(now);
  }

  /** Counters, shared by all the buckets of a {@link KeyedRateLimiter}. */
  static final class Counters {
    final LongAdder granted = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder waits = new LongAdder(); // granted permits that were due later than asked for
    final LongAdder waitNanos = new LongAdder();
  }
}
