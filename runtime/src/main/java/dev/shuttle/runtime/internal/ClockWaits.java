package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.ShuttleClock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Timed waits of the JDK's primitives, on a {@link ShuttleClock}. On the system clock each is the
 * primitive's own timed wait, unchanged. On another clock (a test's) the primitive's timeout would
 * count real time, so the wait ends when the clock's alarm fires instead.
 */
@InternalApi
public final class ClockWaits {
  /**
   * How long, in real time, a semaphore wait on a test's clock waits between looks at its alarm: a
   * semaphore has no way for another thread to end one waiter's wait.
   */
  private static final long SEMAPHORE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private ClockWaits() {}

  /** {@link Semaphore#tryAcquire(long, TimeUnit)}, {@code nanos} of {@code clock}'s time. */
  public static boolean tryAcquire(ShuttleClock clock, Semaphore semaphore, long nanos) throws InterruptedException {
    if (clock == SystemClock.INSTANCE) {
      return semaphore.tryAcquire(nanos, TimeUnit.NANOSECONDS);
    }
    AtomicBoolean passed = new AtomicBoolean();
    Future<?> alarm = clock.schedule(() -> passed.set(true), nanos);
    try {
      while (!passed.get()) {
        if (semaphore.tryAcquire(SEMAPHORE_POLL_NANOS, TimeUnit.NANOSECONDS)) {
          return true;
        }
      }
      return semaphore.tryAcquire(); // a last try at the deadline, as the timed wait makes
    } finally {
      alarm.cancel(false);
    }
  }

  /** {@link CompletableFuture#get(long, TimeUnit)}, {@code nanos} of {@code clock}'s time. */
  public static <T> T get(ShuttleClock clock, CompletableFuture<T> future, long nanos)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (clock == SystemClock.INSTANCE) {
      return future.get(nanos, TimeUnit.NANOSECONDS);
    }
    CompletableFuture<Void> passed = new CompletableFuture<>();
    Future<?> alarm = clock.schedule(() -> passed.complete(null), nanos);
    try {
      CompletableFuture.anyOf(future, passed).get();
    } catch (ExecutionException failedFirst) {
      // the future failed: its get below throws
    } finally {
      alarm.cancel(false);
    }
    if (!future.isDone()) {
      throw new TimeoutException("not done within " + nanos + " ns of " + clock);
    }
    return future.get();
  }
}
