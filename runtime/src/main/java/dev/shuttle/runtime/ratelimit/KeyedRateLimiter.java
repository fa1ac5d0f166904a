package dev.shuttle.runtime.ratelimit;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.internal.Declarations;
import dev.shuttle.runtime.internal.LiveObjects;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One bucket per key ({@code @RateLimited.Key}), with the same limit each; memory stays bounded
 * however many keys come by.
 *
 * <p>A bucket that is full again (its TAT is at or before now) behaves exactly like a new one, so
 * it can be forgotten without changing what any caller sees. Inserting a new key sweeps the map
 * first once it has grown to twice the number of buckets the last sweep kept (and at least
 * {@value #MIN_SWEEP_SIZE}): the map then holds at most about twice the buckets that are not
 * full, the ones used within the last {@code burst / rate}, and the sweeps cost amortised O(1)
 * per new key. No background thread.
 *
 * <p>A swept bucket is retired with a CAS on its TAT, which succeeds only if no permit was taken
 * since it was seen full; a caller that still holds it is sent on to the key's new bucket. So no
 * key ever has two live buckets at once, and eviction never grants an extra permit.
 *
 * <p>{@link #setLimit} changes the limit of every key, each bucket as {@link RateLimiter#setLimit}
 * does; a key's bucket made meanwhile, or later, takes the new limit too.
 */
public final class KeyedRateLimiter {
  static final int MIN_SWEEP_SIZE = 1024;
  /** Every keyed limiter, one object for all its keys, for the registry. */
  private static final LiveObjects<KeyedRateLimiter> LIVE = LiveObjects.of(ShuttleObject.Kind.KEYED_RATE_LIMITER,
      KeyedRateLimiter::description, limiter -> limiter.declaration, KeyedRateLimiter::stats);

  private volatile Shape shape; // the limit of every key
  private final ShuttleClock ticker;
  private final String declaration; // the @RateLimited that made it, a Declarations path; null if made by hand
  private final String description;
  private final RateLimiter.Counters counters = new RateLimiter.Counters();
  private final ConcurrentHashMap<Object, RateLimiter> buckets = new ConcurrentHashMap<>();
  private volatile int sweepAt = MIN_SWEEP_SIZE;
  @SuppressWarnings("unused") // accessed through SWEEPING
  private volatile int sweeping;

  /** Buckets on the {@linkplain ShuttleClock#current() current clock}. */
  public KeyedRateLimiter(RateLimit limit) {
    this(limit, ShuttleClock.current(), null);
  }

  public KeyedRateLimiter(RateLimit limit, ShuttleClock ticker) {
    this(limit, ticker, null);
  }

  /**
   * Buckets on the {@linkplain ShuttleClock#current() current clock}: the system clock unless a
   * test installed one.
   *
   * @param description what the limiter guards, for messages and JFR events; may be null
   */
  public KeyedRateLimiter(RateLimit limit, String description) {
    this(limit, ShuttleClock.current(), description);
  }

  /** @param description what the limiter guards, for messages and JFR events; may be null */
  public KeyedRateLimiter(RateLimit limit, ShuttleClock ticker, String description) {
    this(limit, ticker, description, null);
  }

  /**
   * The buckets of one {@code @RateLimited} declaration with a key, on the current clock: as
   * {@link RateLimiter#RateLimiter(RateLimit, TimeUnit, String)} says for one bucket.
   *
   * @throws dev.shuttle.runtime.config.OverrideException if an override is refused
   */
  public KeyedRateLimiter(RateLimit declared, TimeUnit periodUnit, String declaration) {
    this(declared.configured(declaration, periodUnit), ShuttleClock.current(), Declarations.description(declaration),
        declaration);
  }

  private KeyedRateLimiter(RateLimit limit, ShuttleClock ticker, String description, String declaration) {
    this.shape = Shape.of(Objects.requireNonNull(limit, "limit"));
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.description = description;
    this.declaration = declaration;
    LIVE.register(this); // once made: the registry may snapshot it from now on
  }

  /** The limit of every key, now. */
  public RateLimit limit() {
    return shape.limit;
  }

  Shape shape() {
    return shape;
  }

  /**
   * Changes the limit of every key, each key's bucket as {@link RateLimiter#setLimit} changes a
   * limiter's; changes run one at a time.
   *
   * @throws IllegalArgumentException if some key's next permit is due further ahead than the new
   *     limit's ticks can count (see {@link RateLimiter#setLimit}): those keys keep the old limit
   *     for now (calling this again retries them), the others and every new key have the new one
   */
  public void setLimit(RateLimit limit) {
    Shape next = Shape.of(Objects.requireNonNull(limit, "limit"));
    synchronized (buckets) {
      shape = next;
      IllegalArgumentException stuck = null;
      int stuckKeys = 0;
      for (RateLimiter bucket : buckets.values()) {
        try {
          bucket.followOwner();
        } catch (IllegalArgumentException e) {
          stuck = stuck == null ? e : stuck;
          stuckKeys++;
        }
      }
      if (stuck != null) {
        throw new IllegalArgumentException(stuckKeys + " key(s) of " + describe(null)
            + " keep their limit for now: " + stuck.getMessage(), stuck);
      }
    }
  }

  /** {@code setLimit(RateLimit.of(permits, period, unit))}, as {@link RateLimiter#setLimit(long, long, TimeUnit)}. */
  public void setLimit(long permits, long period, TimeUnit unit) {
    setLimit(RateLimit.of(permits, period, unit));
  }

  /**
   * The bucket of {@code key} (by {@code equals}). Its {@link RateLimiter#stats()} counts the
   * permits of all keys together, and its available permits for this key.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public RateLimiter forKey(Object key) {
    if (key == null) {
      throw new NullPointerException("The rate-limit key must not be null"
          + (description == null ? "" : " (" + description + ")")
          + ": the @RateLimited.Key parameter picks the bucket; pass a non-null value");
    }
    RateLimiter bucket = buckets.get(key);
    return bucket != null && !bucket.isRetired() ? bucket : insert(key);
  }

  /** Buckets in memory now: the keys used recently, and at most as many again not yet swept. */
  public int size() {
    return buckets.size();
  }

  /** A cheap snapshot of the counters of all keys together. */
  public KeyedRateLimiterStats stats() {
    return new KeyedRateLimiterStats(limit(), counters.granted.sum(), counters.refused.sum(), counters.waits.sum(),
        counters.waitNanos.sum(), buckets.size());
  }

  /** What the limiter guards, as given to the constructor; may be null. */
  public String description() {
    return description;
  }

  private RateLimiter insert(Object key) {
    for (;;) {
      RateLimiter bucket = buckets.get(key);
      if (bucket == null) {
        if (buckets.size() >= sweepAt) {
          sweep();
        }
        Shape made = shape;
        RateLimiter fresh = new RateLimiter(made, ticker, description, null, counters, this, key);
        bucket = buckets.putIfAbsent(key, fresh);
        if (bucket == null) {
          if (shape != made) { // setLimit ran meanwhile, and its loop may have missed this bucket
            fresh.followOwner();
          }
          return fresh;
        }
      }
      if (!bucket.isRetired()) {
        return bucket;
      }
      buckets.remove(key, bucket); // help the sweeper that retired it
    }
  }

  private void sweep() {
    if (!SWEEPING.compareAndSet(this, 0, 1)) {
      return; // another thread is sweeping; the map may overshoot by what is inserted meanwhile
    }
    try {
      long now = ticker.nanoTime();
      for (Map.Entry<Object, RateLimiter> entry : buckets.entrySet()) {
        RateLimiter bucket = entry.getValue();
        if (bucket.retireIfFull(now)) {
          buckets.remove(entry.getKey(), bucket);
        }
      }
      sweepAt = Math.max(MIN_SWEEP_SIZE, 2 * buckets.size());
    } finally {
      sweeping = 0;
    }
  }

  /** Says which limiter, not which key: a key is often a user id or an API token, not for logs. */
  String describe(Object key) {
    return (description == null ? "" : description + ", ") + "one bucket per key";
  }

  private static final VarHandle SWEEPING;

  static {
    try {
      SWEEPING = MethodHandles.lookup().findVarHandle(KeyedRateLimiter.class, "sweeping", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
