package dev.shuttle.runtime.ratelimit;

import dev.shuttle.runtime.ShuttleClock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process-wide registry of named buckets, {@code @RateLimited(name = "...")}: every method,
 * instance and class that names a bucket shares one {@link RateLimiter}. A name keeps the limit it
 * was declared with as the one every user must give, even after overrides or a change at run time
 * ({@link RateLimiter#setLimit}) gave its limiter another: a class made later still finds the bucket.
 *
 * <p>The registry is kept per {@link ShuttleClock}: a bucket reads the clock of the registry it is
 * in, and a test that {@linkplain ShuttleClock#install installs} a clock of its own gets fresh
 * buckets for every name, whatever earlier tests took from the system clock's buckets (only the
 * latest test clock's buckets are kept).
 */
public final class RateLimiters {
  private static final Buckets SYSTEM = new Buckets(ShuttleClock.system());
  private static volatile Buckets installed = SYSTEM; // the buckets of the latest clock other than the system's

  private RateLimiters() {}

  /**
   * The limiter registered under {@code name}, created with {@code limit} on first use, as the
   * {@linkplain dev.shuttle.runtime.config.Overrides overrides} {@code RateLimited/<name>/value},
   * {@code .../period} (with a unit: {@code 2s}) and {@code .../burst} amend it.
   *
   * @throws IllegalStateException if {@code name} is already registered with another limit (one
   *     that allows different calls: {@code 60} per minute and {@code 1} per second with the same
   *     burst are the same limit)
   * @throws IllegalArgumentException if {@code name} is empty
   */
  public static RateLimiter shared(String name, RateLimit limit) {
    checkName(name, limit);
    Buckets buckets = buckets();
    checkSameLimit(name, buckets.declared.computeIfAbsent(name, n -> limit), limit);
    RateLimiter limiter = buckets.plain.get(name);
    if (limiter == null) {
      limiter = buckets.plain.computeIfAbsent(name,
          n -> new RateLimiter(configured(n, limit), buckets.clock, "bucket \"" + n + "\""));
    }
    return limiter;
  }

  /**
   * The per-key buckets registered under {@code name} ({@code @RateLimited(name = ...)} with a
   * {@code @RateLimited.Key}): each key has one bucket, shared by everyone using the name. Keyed
   * and plain names are separate registries; the same rules apply otherwise.
   */
  public static KeyedRateLimiter sharedKeyed(String name, RateLimit limit) {
    checkName(name, limit);
    Buckets buckets = buckets();
    checkSameLimit(name, buckets.declaredKeyed.computeIfAbsent(name, n -> limit), limit);
    KeyedRateLimiter limiter = buckets.keyed.get(name);
    if (limiter == null) {
      limiter = buckets.keyed.computeIfAbsent(name,
          n -> new KeyedRateLimiter(configured(n, limit), buckets.clock, "bucket \"" + n + "\" per key"));
    }
    return limiter;
  }

  /** The registry of the current clock, made when a new clock is first seen. */
  private static Buckets buckets() {
    ShuttleClock clock = ShuttleClock.current();
    if (clock == SYSTEM.clock) {
      return SYSTEM;
    }
    Buckets latest = installed;
    if (latest.clock == clock) {
      return latest;
    }
    synchronized (RateLimiters.class) {
      if (installed.clock != clock) {
        installed = new Buckets(clock);
      }
      return installed;
    }
  }

  private static RateLimit configured(String name, RateLimit limit) {
    return limit.configured("RateLimited/" + name, null);
  }

  private static void checkName(String name, RateLimit limit) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(limit, "limit");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("A shared rate-limit bucket needs a non-empty name");
    }
  }

  private static void checkSameLimit(String name, RateLimit registered, RateLimit limit) {
    if (!registered.equals(limit) && !registered.isEquivalentTo(limit)) {
      throw new IllegalStateException("Rate-limit bucket \"" + name + "\" is used with two different limits: "
          + registered + ", registered first, and now " + limit + ". Every @RateLimited(name = \""
          + name + "\") must give the same limit: make them agree, or use different names.");
    }
  }

  /** The named buckets of one clock. */
  private static final class Buckets {
    final ShuttleClock clock;
    final ConcurrentHashMap<String, RateLimiter> plain = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, KeyedRateLimiter> keyed = new ConcurrentHashMap<>();
    // the limit each name was first declared with, before overrides: what later users must agree with
    final ConcurrentHashMap<String, RateLimit> declared = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, RateLimit> declaredKeyed = new ConcurrentHashMap<>();

    Buckets(ShuttleClock clock) {
      this.clock = clock;
    }
  }
}
