package dev.shuttle.benchmarks.async;

import dev.shuttle.Async;
import dev.shuttle.Pool;
import dev.shuttle.Race;
import dev.shuttle.Sizing;
import java.util.concurrent.CompletableFuture;

/**
 * The benchmarked work: an {@code @Async} method and a {@code @Race} of two sources, all cheap,
 * so that the benchmark measures the hand-over to the pool and the race, not the work. The pool
 * is the one the hand-written peers get too: {@link #THREADS} platform threads, unbounded work.
 */
@Pool(sizing = Sizing.FIXED, threads = Work.THREADS, queue = Integer.MAX_VALUE)
public abstract class Work {
  static final int THREADS = 2;

  /** What every variant computes. */
  static int compute(int x) {
    return x * 31 + 7;
  }

  @Async
  public CompletableFuture<Integer> async(int x) {
    return CompletableFuture.completedFuture(compute(x));
  }

  public int primary(int x) {
    return compute(x);
  }

  public int mirror(int x) {
    return compute(x) + 1;
  }

  @Race({"primary", "mirror"})
  public abstract CompletableFuture<Integer> race(int x);
}
