package dev.shuttle.benchmarks.pipeline;

import java.util.concurrent.locks.LockSupport;

/**
 * The same three steps for every pipeline variant, and the sink that tells the benchmark thread
 * when a batch has come out of the last stage.
 */
final class Work {
  private Work() {}

  static Item first(Item item) {
    item.value += 1;
    return item;
  }

  static Item second(Item item) {
    item.value *= 3;
    return item;
  }

  /** The last stage: one thread counts arrivals; the benchmark thread waits for a whole batch. */
  static final class Sink {
    private volatile long arrived;
    private volatile long target = Long.MAX_VALUE;
    private volatile Thread waiter;
    private long checksum; // last-stage thread only

    void accept(Item item) {
      checksum += item.value;
      long now = arrived + 1; // one writer: the last stage's single thread
      arrived = now;
      if (now == target) {
        LockSupport.unpark(waiter);
      }
    }

    /** Called by the benchmark thread before it submits a batch of {@code count} items. */
    void expect(long count) {
      waiter = Thread.currentThread();
      target = arrived + count;
    }

    /** Parks until the batch announced by {@link #expect} has arrived. */
    void await() {
      while (arrived < target) {
        LockSupport.park(this);
      }
    }

    long checksum() {
      return checksum;
    }
  }
}
