package dev.shuttle.examples.forkjoin;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongSupplier;

/**
 * Sums 4 million longs with {@code ConcurrentArraySums} and checks the result against the plain
 * loop. Times are the best of a few runs, to leave out the JIT's and the pool's warm-up; JMH
 * measures properly (see BENCHMARKS.md).
 */
public final class ForkJoinExample {
  static final int SIZE = 4_000_000;
  static final int RUNS = 10;

  public static void main(String[] args) {
    long[] array = new SplittableRandom(42).longs(SIZE, -1_000_000, 1_000_000).toArray();
    ArraySums parallel = new ConcurrentArraySums();
    ArraySums sequential = new ArraySums();

    long parallelSum = parallel.sum(array, 0, array.length);
    long sequentialSum = sequential.sum(array, 0, array.length);
    if (parallelSum != sequentialSum) {
      throw new IllegalStateException("fork/join sum " + parallelSum + " differs from the sequential " + sequentialSum);
    }
    double parallelMillis = bestMillis(() -> parallel.sum(array, 0, array.length));
    double sequentialMillis = bestMillis(() -> sequential.sum(array, 0, array.length));
    int workers = ForkJoinPool.getCommonPoolParallelism();
    System.out.printf("forkjoin: sum of %,d longs = %,d, equal to the sequential loop%n", SIZE, parallelSum);
    System.out.printf("forkjoin: %.2f ms split in leaves of 10,000 on the common pool (%d worker%s and the caller); "
        + "%.2f ms on one thread (best of %d)%n", parallelMillis, workers, workers == 1 ? "" : "s", sequentialMillis,
        RUNS);
  }

  private static double bestMillis(LongSupplier sum) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      sum.getAsLong();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best / 1e6;
  }

  private ForkJoinExample() {}
}
