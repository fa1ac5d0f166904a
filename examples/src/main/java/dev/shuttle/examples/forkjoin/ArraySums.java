package dev.shuttle.examples.forkjoin;

import dev.shuttle.ForkJoin;
import dev.shuttle.From;
import dev.shuttle.To;

/**
 * The classic {@code SumTask}, written as the plain loop it divides: {@code ConcurrentArraySums}
 * splits the range, forks one half, computes the other and adds the results up.
 */
public class ArraySums {

  /** The sum of {@code array[start..end)}; each call on at most 10,000 elements runs sequentially. */
  @ForkJoin(threshold = 10_000)
  public long sum(long[] array, @From int start, @To int end) {
    long sum = 0;
    for (int i = start; i < end; i++) {
      sum += array[i];
    }
    return sum;
  }
}
