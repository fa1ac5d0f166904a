package dev.shuttle.runtime.internal;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@link Scheduler#shared()}: one daemon {@link ShuttleThread}, {@code shuttle-timer}, started on
 * first use. Its actions only start a race's sources, fail a race or an ask, or queue a message:
 * each is short, so one thread serves them all.
 * Cancelled actions leave its queue at once, so a race that ends early holds no memory until its
 * timeout would have come.
 */
final class SharedTimer implements Scheduler {
  static final SharedTimer INSTANCE = new SharedTimer();

  private SharedTimer() {}

  @Override
  public Future<?> schedule(Runnable action, long delayNanos) {
    return Holder.TIMER.schedule(action, delayNanos, TimeUnit.NANOSECONDS);
  }

  private static final class Holder {
    static final ScheduledThreadPoolExecutor TIMER = newTimer();

    private static ScheduledThreadPoolExecutor newTimer() {
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
          runnable -> new ShuttleThread(runnable, "shuttle-timer"));
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }
}
