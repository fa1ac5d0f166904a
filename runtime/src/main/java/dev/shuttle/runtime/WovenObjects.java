package dev.shuttle.runtime;

import dev.shuttle.runtime.internal.Census;
import dev.shuttle.runtime.pool.TaskPool;
import dev.shuttle.runtime.ratelimit.KeyedRateLimiter;
import dev.shuttle.runtime.ratelimit.RateLimiter;
import dev.shuttle.runtime.readmostly.ReadMostlyLock;

/**
 * What a woven {@code ConcurrentFoo}'s {@code shuttleObjects()} returns its limiters, lock and
 * pools as: each a {@link ShuttleObject} with the user's class and method, which the generated
 * code knows. Each holds its object (the woven instance does anyway).
 */
@InternalApi
public final class WovenObjects {
  private WovenObjects() {}

  /**
   * @param className the user's class, qualified
   * @param methodName the method the limiter guards, or null for a class's shared bucket
   */
  public static ShuttleObject of(RateLimiter limiter, String className, String methodName) {
    return Census.view(ShuttleObject.Kind.RATE_LIMITER, limiter, className, methodName);
  }

  /** As {@link #of(RateLimiter, String, String)}, for a limiter with one bucket per key. */
  public static ShuttleObject of(KeyedRateLimiter limiter, String className, String methodName) {
    return Census.view(ShuttleObject.Kind.KEYED_RATE_LIMITER, limiter, className, methodName);
  }

  /** The instance's lock; a lock guards the whole class, so there is no method. */
  public static ShuttleObject of(ReadMostlyLock lock, String className) {
    return Census.view(ShuttleObject.Kind.READ_MOSTLY_LOCK, lock, className, null);
  }

  /** A pool the class's {@code @Async} or {@code @Race} methods run on; pools are shared, so there is no method. */
  public static ShuttleObject of(TaskPool pool, String className) {
    return Census.view(ShuttleObject.Kind.TASK_POOL, pool, className, null);
  }
}
