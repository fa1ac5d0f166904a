package dev.shuttle.runtime.pool;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tasks a {@link Workers} without a thread pool of its own has accepted and not yet ended, and
 * its shutdown: one atomic count with a shut-down bit, so that no task is accepted after the
 * shutdown and termination comes exactly when the last accepted one ends.
 */
final class RunningTasks {
  private static final int SHUT_DOWN = 1 << 31;

  private final AtomicInteger state = new AtomicInteger();
  private final CountDownLatch terminated = new CountDownLatch(1);

  /**
   * Counts one more task in.
   *
   * @throws RejectedExecutionException after {@link #shutdown()}; {@code pool} names the pool
   */
  void accept(String pool) {
    int s;
    do {
      s = state.get();
      if ((s & SHUT_DOWN) != 0) {
        throw new RejectedExecutionException("The pool " + pool + " is shut down");
      }
    } while (!state.compareAndSet(s, s + 1));
  }

  /** An accepted task ended (or was never handed on). */
  void ended() {
    if (state.decrementAndGet() == SHUT_DOWN) {
      terminated.countDown();
    }
  }

  /** Accepted and not ended. */
  int count() {
    return state.get() & ~SHUT_DOWN;
  }

  void shutdown() {
    if ((state.getAndUpdate(s -> s | SHUT_DOWN) & ~SHUT_DOWN) == 0) {
      terminated.countDown();
    }
  }

  boolean isShutdown() {
    return (state.get() & SHUT_DOWN) != 0;
  }

  boolean awaitTermination(long nanos) throws InterruptedException {
    return terminated.await(nanos, TimeUnit.NANOSECONDS);
  }
}
