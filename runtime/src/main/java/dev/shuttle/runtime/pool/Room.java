package dev.shuttle.runtime.pool;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * The free places in a pool's bounded queue, as a counting semaphore ({@link
 * java.util.concurrent.Semaphore}'s non-fair shape, on {@link AbstractQueuedSynchronizer}). Each
 * accepted task holds one place until it starts (until it ends, for virtual threads). Unlike a
 * semaphore, {@link #force()} takes a place that is not there: the count goes below zero, and
 * later takers wait until enough places are given back.
 */
final class Room extends AbstractQueuedSynchronizer {
  private static final long serialVersionUID = 1L;

  Room(int capacity) {
    setState(capacity);
  }

  /** Takes a place if one is free now. Never blocks. */
  boolean tryTake() {
    return tryAcquireShared(1) >= 0;
  }

  /** Takes a place, waiting as long as it takes. */
  void take() throws InterruptedException {
    acquireSharedInterruptibly(1);
  }

  /** Takes a place, waiting at most {@code nanos}; {@code false} if none came free in time. */
  boolean take(long nanos) throws InterruptedException {
    return tryAcquireSharedNanos(1, nanos);
  }

  /** Takes a place whether or not one is free. Never blocks. */
  void force() {
    for (;;) {
      int free = getState();
      if (compareAndSetState(free, free - 1)) {
        return;
      }
    }
  }

  void give() {
    releaseShared(1);
  }

  /** Free places now; negative after {@link #force()} went over the bound. */
  int free() {
    return getState();
  }

  @Override
  protected int tryAcquireShared(int places) {
    for (;;) {
      int free = getState();
      int left = free - places;
      if (left < 0 || compareAndSetState(free, left)) {
        return left;
      }
    }
  }

  @Override
  protected boolean tryReleaseShared(int places) {
    for (;;) {
      int free = getState();
      if (compareAndSetState(free, free + places)) {
        return true;
      }
    }
  }
}
