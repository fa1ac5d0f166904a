package dev.shuttle.runtime.ratelimit;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process-wide registry of named buckets, {@code @RateLimited(name = "...")}: every method,
 * instance and class that names a bucket shares one {@link RateLimiter}. A name keeps the limit it
 * was registered with as the one every user must give, even after its limiter's limit was changed
 * at run time ({@link RateLimiter#setLimit}): a class made later still finds the bucket.
 */
public final class RateLimiters {
  private static final ConcurrentHashMap<String, Registered<RateLimiter>> SHARED = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, Registered<KeyedRateLimiter>> SHARED_KEYED =
      new ConcurrentHashMap<>();

  private RateLimiters() {}

  /**
   * The limiter registered under {@code name}, created with {@code limit} on first use.
   *
   * @throws IllegalStateException if {@code name} is already registered with another limit (one
   *     that allows different calls: {@code 60} per minute and {@code 1} per second with the same
   *     burst are the same limit)
   * @throws IllegalArgumentException if {@code name} is empty
   */
  public static RateLimiter shared(String name, RateLimit limit) {
    checkName(name, limit);
    Registered<RateLimiter> registered = SHARED.get(name);
    if (registered == null) {
      registered = SHARED.computeIfAbsent(name,
          n -> new Registered<>(limit, new RateLimiter(limit, Ticker.system(), "bucket \"" + n + "\"")));
    }
    return registered.limiterFor(name, limit);
  }

  /**
   * The per-key buckets registered under {@code name} ({@code @RateLimited(name = ...)} with a
   * {@code @RateLimited.Key}): each key has one bucket, shared by everyone using the name. Keyed
   * and plain names are separate registries; the same rules apply otherwise.
   */
  public static KeyedRateLimiter sharedKeyed(String name, RateLimit limit) {
    checkName(name, limit);
    Registered<KeyedRateLimiter> registered = SHARED_KEYED.get(name);
    if (registered == null) {
      registered = SHARED_KEYED.computeIfAbsent(name,
          n -> new Registered<>(limit, new KeyedRateLimiter(limit, Ticker.system(), "bucket \"" + n + "\" per key")));
    }
    return registered.limiterFor(name, limit);
  }

  private static void checkName(String name, RateLimit limit) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(limit, "limit");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("A shared rate-limit bucket needs a non-empty name");
    }
  }

  /** A named limiter and the limit its name was registered with. */
  private record Registered<L>(RateLimit limit, L limiter) {
    L limiterFor(String name, RateLimit asked) {
      if (!limit.equals(asked) && !limit.isEquivalentTo(asked)) {
        throw new IllegalStateException("Rate-limit bucket \"" + name + "\" is used with two different limits: "
            + limit + ", registered first, and now " + asked + ". Every @RateLimited(name = \""
            + name + "\") must give the same limit: make them agree, or use different names.");
      }
      return limiter;
    }
  }
}
