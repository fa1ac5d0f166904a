package dev.shuttle.runtime.ratelimit;

import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.internal.LiveObjects;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

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
 */
public final class KeyedRateLimiter {
  static final int MIN_SWEEP_SIZE = 1024;
  /** Every keyed limiter, one object for all its keys, for the registry. */
  private static final LiveObjects<KeyedRateLimiter> LIVE = LiveObjects.of(ShuttleObject.Kind.KEYED_RATE_LIMITER,
      KeyedRateLimiter::description, limiter -> null, KeyedRateLimiter::stats);

  private final RateLimit limit;
  private final RateLimiter.Shape shape;
  private final Ticker ticker;
  private final String description;
  private final RateLimiter.Counters counters = new RateLimiter.Counters();
  private final ConcurrentHashMap<Object, RateLimiter> buckets = new ConcurrentHashMap<>();
  private volatile int sweepAt = MIN_SWEEP_SIZE;
  @SuppressWarnings("unused") // accessed through SWEEPING
  private volatile int sweeping;

  public KeyedRateLimiter(RateLimit limit) {
    this(limit, Ticker.system(), null);
  }

  public KeyedRateLimiter(RateLimit limit, Ticker ticker) {
    this(limit, ticker, null);
  }

  /**
   * Buckets on the {@linkplain Ticker#system() system clock}.
   *
   * @param description what the limiter guards, for messages and JFR events; may be null
   */
  public KeyedRateLimiter(RateLimit limit, String description) {
    this(limit, Ticker.system(), description);
  }

  /** @param description what the limiter guards, for messages and JFR events; may be null */
  public KeyedRateLimiter(RateLimit limit, Ticker ticker, String description) {
    this.limit = Objects.requireNonNull(limit, "limit");
    this.shape = RateLimiter.Shape.of(limit);
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.description = description;
    LIVE.register(this); // once made: the registry may snapshot it from now on
  }

  public RateLimit limit() {
    return limit;
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
    return new KeyedRateLimiterStats(limit, counters.granted.sum(), counters.refused.sum(), counters.waits.sum(),
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
        RateLimiter fresh = new RateLimiter(limit, shape, ticker, description, counters, this, key);
        bucket = buckets.putIfAbsent(key, fresh);
        if (bucket == null) {
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
