package dev.shuttle.benchmarks.forkjoin;

import java.util.concurrent.RecursiveTask;

/** The textbook hand-written {@code SumTask}: ranges below the threshold are summed sequentially. */
final class SumTask extends RecursiveTask<Long> {
  static final int THRESHOLD = 10_000;
  private static final long serialVersionUID = 1L;

  private final long[] array;
  private final int start;
  private final int end;

  SumTask(long[] array, int start, int end) {
    this.array = array;
    this.start = start;
    this.end = end;
  }

  @Override
  protected Long compute() {
    if (end - start < THRESHOLD) {
      return sumSequentially();
    }
    int mid = (start + end) >>> 1;
    SumTask left = new SumTask(array, start, mid);
    SumTask right = new SumTask(array, mid, end);
    left.fork();
    return right.compute() + left.join();
  }

  private long sumSequentially() {
    long sum = 0;
    for (int i = start; i < end; i++) {
      sum += array[i];
    }
    return sum;
  }
}
