package dev.shuttle.benchmarks.forkjoin;

import dev.shuttle.ForkJoin;
import dev.shuttle.From;
import dev.shuttle.To;

/** The sum, as a user writes it for Shuttle: the sequential leaf. */
public class BenchSums {
  @ForkJoin(threshold = SumTask.THRESHOLD)
  public long sum(long[] array, @From int start, @To int end) {
    long sum = 0;
    for (int i = start; i < end; i++) {
      sum += array[i];
    }
    return sum;
  }

  /** The same leaf with the threshold each call sizes from the pool ({@code AUTO}, the default). */
  @ForkJoin
  public long sumAuto(long[] array, @From int start, @To int end) {
    long sum = 0;
    for (int i = start; i < end; i++) {
      sum += array[i];
    }
    return sum;
  }
}
