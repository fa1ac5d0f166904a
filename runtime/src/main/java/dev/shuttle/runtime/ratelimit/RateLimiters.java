package dev.shuttle.runtime.ratelimit;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process-wide registry of named buckets, {@code @RateLimited(name = "...")}: every method,
 * instance and class that names a bucket shares one {@link RateLimiter}.
 */
public final class RateLimiters {
  private static final ConcurrentHashMap<String, RateLimiter> SHARED = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, KeyedRateLimiter> SHARED_KEYED = new ConcurrentHashMap<>();
  /** The limit each name was first declared with, before overrides: what later users must agree with. */
  private static final ConcurrentHashMap<String, RateLimit> DECLARED = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, RateLimit> DECLARED_KEYED = new ConcurrentHashMap<>();

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
    checkSameLimit(name, DECLARED.computeIfAbsent(name, n -> limit), limit);
    RateLimiter limiter = SHARED.get(name);
    if (limiter == null) {
      limiter = SHARED.computeIfAbsent(name,
          n -> new RateLimiter(configured(n, limit), Ticker.system(), "bucket \"" + n + "\""));
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
    checkSameLimit(name, DECLARED_KEYED.computeIfAbsent(name, n -> limit), limit);
    KeyedRateLimiter limiter = SHARED_KEYED.get(name);
    if (limiter == null) {
      limiter = SHARED_KEYED.computeIfAbsent(name,
          n -> new KeyedRateLimiter(configured(n, limit), Ticker.system(), "bucket \"" + n + "\" per key"));
    }
    return limiter;
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
}
