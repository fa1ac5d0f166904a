package dev.shuttle.runtime.pool;

import dev.shuttle.Overflow;
import dev.shuttle.Pool;
import dev.shuttle.Sizing;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.config.OverrideScope;
import java.util.Objects;

/**
 * How a {@link TaskPool} is sized and queued: what {@code @Pool} says, as generated code passes
 * it to {@link TaskPools#shared}. Two pools with equal specs are the same pool.
 *
 * @param waitRatio wait time over compute time, for {@code IO_BOUND} and {@code VIRTUAL}'s
 *     fallback; 0 for the other sizings
 * @param threads the size of a {@code FIXED} pool; 0 for the other sizings
 * @param maxThreads the largest size of an {@code ADAPTIVE} pool, 0 for {@code cores × 10}; 0 for
 *     the other sizings
 * @param queue how many tasks may wait for a thread (for {@code VIRTUAL}: run at once)
 */
public record PoolSpec(Sizing sizing, double waitRatio, int threads, int maxThreads, int queue, Overflow overflow) {
  /** The default queue bound, {@code @Pool}'s {@code queue}. */
  public static final int DEFAULT_QUEUE = 10_000;
  /** Threads per core an {@code ADAPTIVE} pool may grow to by default: waits of 90%. */
  static final int ADAPTIVE_MAX_PER_CORE = 10;
  /** No pool grows past this, whatever the formula says; {@code @Pool}'s limit. */
  public static final int MAX_THREADS = Pool.MAX_THREADS;

  public PoolSpec {
    Objects.requireNonNull(sizing, "sizing");
    Objects.requireNonNull(overflow, "overflow");
    if (!(waitRatio >= 0) || Double.isInfinite(waitRatio)) {
      throw new IllegalArgumentException("waitRatio must be a finite number, 0 or more: " + waitRatio);
    }
    if (sizing == Sizing.FIXED ? threads < 1 || threads > MAX_THREADS : threads != 0) {
      throw new IllegalArgumentException("threads is for FIXED pools, and 1 to " + MAX_THREADS + " there: " + threads);
    }
    if (maxThreads < 0 || maxThreads > MAX_THREADS) {
      throw new IllegalArgumentException("maxThreads must be 0 (the default) to " + MAX_THREADS + ": " + maxThreads);
    }
    if (queue < 1) {
      throw new IllegalArgumentException("queue must be at least 1: " + queue);
    }
  }

  /** {@code cores} threads. */
  public static PoolSpec cpuBound() {
    return new PoolSpec(Sizing.CPU_BOUND, 0, 0, 0, DEFAULT_QUEUE, Overflow.BLOCK);
  }

  /** {@code cores × (1 + waitRatio)} threads. */
  public static PoolSpec ioBound(double waitRatio) {
    return new PoolSpec(Sizing.IO_BOUND, waitRatio, 0, 0, DEFAULT_QUEUE, Overflow.BLOCK);
  }

  /** {@code 2 × cores} threads. */
  public static PoolSpec mixed() {
    return new PoolSpec(Sizing.MIXED, 0, 0, 0, DEFAULT_QUEUE, Overflow.BLOCK);
  }

  public static PoolSpec fixed(int threads) {
    return new PoolSpec(Sizing.FIXED, 0, threads, 0, DEFAULT_QUEUE, Overflow.BLOCK);
  }

  /** A virtual thread per task; before JDK 21, {@link #ioBound(double) ioBound(fallbackWaitRatio)}. */
  public static PoolSpec virtual(double fallbackWaitRatio) {
    return new PoolSpec(Sizing.VIRTUAL, fallbackWaitRatio, 0, 0, DEFAULT_QUEUE, Overflow.BLOCK);
  }

  /** Starts at {@code 2 × cores} and follows the measured wait ratio, up to {@code maxThreads} (0: {@code cores × 10}). */
  public static PoolSpec adaptive(int maxThreads) {
    return new PoolSpec(Sizing.ADAPTIVE, 0, 0, maxThreads, DEFAULT_QUEUE, Overflow.BLOCK);
  }

  /** The same sizing with another queue bound and overflow. */
  public PoolSpec withQueue(int capacity, Overflow whenFull) {
    return new PoolSpec(sizing, waitRatio, threads, maxThreads, capacity, whenFull);
  }

  /**
   * This spec with the deploy-time overrides of the keys under {@code path}
   * ({@code Pool/<name>}): {@code threads} (which makes the pool {@code FIXED} at that size),
   * {@code maxThreads} (of an {@code ADAPTIVE} pool), {@code waitRatio} (of an {@code IO_BOUND}
   * or {@code VIRTUAL} pool) and {@code queue}.
   *
   * @throws OverrideException if an override is not a number, does not apply to this sizing, or
   *     is out of range
   */
  public PoolSpec configured(String path) {
    OverrideScope scope = OverrideScope.of(path);
    int fixedThreads = scope.intValue("threads", threads);
    int max = scope.intValue("maxThreads", maxThreads);
    double ratio = scope.doubleValue("waitRatio", waitRatio);
    int capacity = scope.intValue("queue", queue);
    if (!scope.isOverridden()) {
      return this;
    }
    return scope.build(() -> {
      if (max != maxThreads && sizing != Sizing.ADAPTIVE) {
        throw new IllegalArgumentException("maxThreads is for ADAPTIVE pools; this one is " + sizing);
      }
      if (ratio != waitRatio && sizing != Sizing.IO_BOUND && sizing != Sizing.VIRTUAL) {
        throw new IllegalArgumentException("waitRatio is for IO_BOUND and VIRTUAL pools; this one is " + sizing);
      }
      return fixedThreads != threads
          ? new PoolSpec(Sizing.FIXED, 0, fixedThreads, 0, capacity, overflow)
          : new PoolSpec(sizing, ratio, threads, max, capacity, overflow);
    });
  }

  /**
   * The classic sizing formulas: the number of platform threads on a machine with {@code cores} cores
   * (for {@code ADAPTIVE}, the starting size; for {@code VIRTUAL}, the fallback's size).
   */
  public int threadsFor(int cores) {
    long n = switch (sizing) {
      case CPU_BOUND -> cores;
      case IO_BOUND, VIRTUAL -> (long) Math.ceil(cores * (1 + waitRatio));
      case MIXED -> 2L * cores;
      case FIXED -> threads;
      case ADAPTIVE -> Math.min(2L * cores, maxThreadsFor(cores));
    };
    return (int) Math.max(1, Math.min(n, MAX_THREADS));
  }

  /** The most threads an {@code ADAPTIVE} pool may have on {@code cores} cores. */
  int maxThreadsFor(int cores) {
    long max = maxThreads > 0 ? maxThreads : (long) ADAPTIVE_MAX_PER_CORE * cores;
    return (int) Math.max(1, Math.min(max, MAX_THREADS));
  }

  /** {@code IO_BOUND (waitRatio 9.0), queue 10000, BLOCK when full}: how messages name a spec. */
  @Override
  public String toString() {
    String size = switch (sizing) {
      case IO_BOUND, VIRTUAL -> sizing + " (waitRatio " + waitRatio + ")";
      case FIXED -> "FIXED (" + threads + " threads)";
      case ADAPTIVE -> maxThreads == 0 ? "ADAPTIVE" : "ADAPTIVE (at most " + maxThreads + " threads)";
      default -> sizing.toString();
    };
    return size + ", queue " + queue + ", " + overflow + " when full";
  }
}
