package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.ShuttleClock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What an {@code ADAPTIVE} pool measures each task with: the calling thread's CPU time and the
 * wall clock. Tests give a pool a clock they drive; the real one is {@link #of}.
 */
interface TaskClock {

  /** CPU time the calling thread has used, in nanoseconds (only differences matter). */
  long threadCpuNanos();

  /** Wall-clock time, in nanoseconds (only differences matter). */
  long nanoTime();

  /**
   * {@code ThreadMXBean.getCurrentThreadCpuTime()} and {@code wall}'s time, or {@code null} if this
   * JVM cannot measure thread CPU time.
   */
  static TaskClock of(ShuttleClock wall) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      return null;
    }
    if (!threads.isThreadCpuTimeEnabled()) {
      try {
        threads.setThreadCpuTimeEnabled(true);
      } catch (UnsupportedOperationException | SecurityException e) {
        return null;
      }
    }
    return new TaskClock() {
      @Override
      public long threadCpuNanos() {
        return threads.getCurrentThreadCpuTime();
      }

      @Override
      public long nanoTime() {
        return wall.nanoTime();
      }
    };
  }
}
