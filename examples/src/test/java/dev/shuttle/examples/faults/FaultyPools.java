package dev.shuttle.examples.faults;

import dev.shuttle.Async;
import dev.shuttle.Overflow;
import dev.shuttle.Pool;
import dev.shuttle.Sizing;
import dev.shuttle.runtime.pool.PoolSpec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** {@code @Async} methods that throw a {@link Fault}, or are interrupted from outside, on a pool of one thread. */
final class FaultyPools {
  private FaultyPools() {}

  static final String POOL = "faults-async";
  /** What {@code @Pool} below declares, for the test to find the pool and shut it down. */
  static final PoolSpec SPEC = PoolSpec.fixed(1).withQueue(1, Overflow.BLOCK);

  /** One thread, one place in the queue: a task that kept its place or killed its thread would stall the next. */
  @Pool(name = POOL, sizing = Sizing.FIXED, threads = 1, queue = 1)
  static class Tasks {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();
    volatile Thread thrownOn;

    @Async(pool = POOL)
    public CompletableFuture<String> fail(Fault fault) throws InterruptedException {
      thrownOn = Thread.currentThread();
      return fault.raise(thrown);
    }

    @Async(pool = POOL)
    public void failQuietly(Fault fault) throws InterruptedException {
      thrownOn = Thread.currentThread();
      fault.raise(thrown);
    }

    @Async(pool = POOL)
    public CompletableFuture<String> hold(Blocker blocker) throws InterruptedException {
      blocker.hold();
      return CompletableFuture.completedFuture("released");
    }

    @Async(pool = POOL)
    public void holdThroughInterrupt(Blocker blocker) {
      blocker.holdThroughInterrupt();
    }

    @Async(pool = POOL)
    public CompletableFuture<Ran> worker() {
      return CompletableFuture.completedFuture(Ran.here());
    }
  }
}
