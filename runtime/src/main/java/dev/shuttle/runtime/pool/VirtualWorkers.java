package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.internal.VirtualThreads;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new virtual thread per task, named {@code shuttle-pool-<name>-<n>}. Nothing waits for a
 * thread, so a task keeps its place in the pool's {@link Room} until it ends: the room bounds
 * how many run at once.
 */
final class VirtualWorkers implements Workers {
  private static final int SHUT_DOWN = 1 << 31;

  private final String prefix;
  private final Room room;
  private final AtomicInteger count = new AtomicInteger();
  /** Tasks started and not ended, with {@link #SHUT_DOWN} set once shut down. */
  private final AtomicInteger state = new AtomicInteger();
  private final CountDownLatch terminated = new CountDownLatch(1);

  VirtualWorkers(String name, Room room) {
    this.prefix = "shuttle-pool-" + name + "-";
    this.room = room;
  }

  @Override
  public void execute(Runnable task) {
    int s;
    do {
      s = state.get();
      if ((s & SHUT_DOWN) != 0) {
        throw new RejectedExecutionException("The pool " + prefix + "* is shut down");
      }
    } while (!state.compareAndSet(s, s + 1));
    try {
      VirtualThreads.unstarted(prefix + count.incrementAndGet(), () -> {
        try {
          task.run();
        } finally {
          ended();
        }
      }).start();
    } catch (RuntimeException | Error e) {
      ended();
      throw e;
    }
  }

  private void ended() {
    room.give();
    if (state.decrementAndGet() == SHUT_DOWN) {
      terminated.countDown();
    }
  }

  @Override
  public int threads() {
    return state.get() & ~SHUT_DOWN;
  }

  @Override
  public int active() {
    return threads();
  }

  @Override
  public void shutdown() {
    if ((state.getAndUpdate(s -> s | SHUT_DOWN) & ~SHUT_DOWN) == 0) {
      terminated.countDown();
    }
  }

  @Override
  public boolean isShutdown() {
    return (state.get() & SHUT_DOWN) != 0;
  }

  @Override
  public boolean awaitTermination(long nanos) throws InterruptedException {
    return terminated.await(nanos, TimeUnit.NANOSECONDS);
  }
}
