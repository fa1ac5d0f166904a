package dev.shuttle.examples.faults;

import dev.shuttle.ForkJoin;
import dev.shuttle.From;
import dev.shuttle.To;
import java.util.concurrent.atomic.AtomicReference;

/** A {@code @ForkJoin} sum whose leaf over index 40 does what the test says. */
final class FaultySplits {
  private FaultySplits() {}

  static final int INDEX = 40;

  static class Counts {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();

    /** Counts {@code [from, to)} in leaves of at most 4, on a pool of two workers. */
    @ForkJoin(threshold = 4, parallelism = 2)
    public long count(Work atIndex, @From int from, @To int to) throws InterruptedException {
      if (from <= INDEX && INDEX < to) {
        atIndex.run(thrown);
      }
      return to - from;
    }
  }
}
