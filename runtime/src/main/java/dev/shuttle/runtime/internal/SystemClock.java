package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.ShuttleClock;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * {@link ShuttleClock#system()}: the JVM's monotonic clock. Sleeps park, so they cost no carrier
 * thread. Actions wait on one daemon {@link ShuttleThread}, {@code shuttle-timer}, started on first
 * use: they only start a race's sources, fail a race or an ask, or queue a message, so one thread
 * serves them all. Cancelled actions leave its queue at once, so a race that ends early holds no
 * memory until its timeout would have come.
 */
@InternalApi
public final class SystemClock implements ShuttleClock {
  public static final SystemClock INSTANCE = new SystemClock();

  private SystemClock() {}

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Future<?> schedule(Runnable action, long delayNanos) {
    return Timer.TIMER.schedule(action, delayNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void sleepNanos(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    // parkNanos may return early (spuriously, or on unpark): loop until the deadline.
    for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while sleeping");
      }
      LockSupport.parkNanos(this, left);
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("interrupted while sleeping");
    }
  }

  @Override
  public String toString() {
    return "ShuttleClock.system()";
  }

  private static final class Timer {
    static final ScheduledThreadPoolExecutor TIMER = newTimer();

    private static ScheduledThreadPoolExecutor newTimer() {
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
          runnable -> new ShuttleThread(runnable, "shuttle-timer"));
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }
}
