package dev.shuttle.runtime;

import dev.shuttle.runtime.internal.SystemClock;
import java.util.concurrent.Future;

/**
 * The one clock that every time-based part of Shuttle reads and waits on: rate-limit permits and
 * their waits, actor send and ask timeouts and timers, a race's hedges and timeout, pipeline offer
 * timeouts, a phased run's timeout, an adaptive pool's task timing.
 *
 * <p>In production it is {@link #system()}. A test installs a clock it moves by hand (the
 * {@code ManualClock} of {@code shuttle-test}); every Shuttle object <em>created</em> while it is
 * installed reads it for good, waits included: a caller blocked for a permit, a send timeout, a
 * hedge or an actor timer ends when the test moves that clock, never after real time. Objects
 * created before keep the clock they were created with. The named rate-limit buckets of
 * {@code RateLimiters.shared} and {@code sharedKeyed} are kept per clock, so a test's clock gets
 * fresh buckets of its own, whatever earlier tests took from buckets of the same name.
 *
 * <p>Graceful-shutdown timeouts ({@code Shuttle.shutdown} and the {@code stopAll}/{@code closeAll}
 * calls) always run on real time: they bound how long a process waits to exit.
 */
public interface ShuttleClock {

  /** Nanoseconds from an arbitrary origin, like {@link System#nanoTime()}; compare by subtraction. */
  long nanoTime();

  /**
   * Runs {@code action} once, when {@code delayNanos} of this clock's time have passed. The action
   * should be short: it may run on a thread that serves every timer of the clock.
   *
   * @return cancels the action if it has not started yet
   */
  Future<?> schedule(Runnable action, long delayNanos);

  /**
   * Returns after at least {@code nanos} nanoseconds of this clock's time.
   *
   * @throws InterruptedException if the thread is interrupted before or while it sleeps; the
   *     interrupt flag is cleared, as {@link Thread#sleep(long)} does
   */
  void sleepNanos(long nanos) throws InterruptedException;

  /**
   * {@link System#nanoTime()}; sleeps park the thread (virtual threads included); actions wait on
   * one shared daemon thread, {@code shuttle-timer}, started on first use.
   */
  static ShuttleClock system() {
    return SystemClock.INSTANCE;
  }

  /** The installed clock, or {@link #system()} when none is: what a Shuttle object created now reads. */
  static ShuttleClock current() {
    return InstalledClock.current();
  }

  /**
   * Makes {@code clock} the one that Shuttle objects created from now on read, until
   * {@link #uninstall}. For tests (the {@code shuttle-test} extension calls it around each test):
   * the clock is process-wide, so tests that install clocks must not run in parallel.
   *
   * @throws IllegalStateException if another clock is installed
   */
  static void install(ShuttleClock clock) {
    InstalledClock.install(clock);
  }

  /**
   * Goes back to the {@link #system()} clock for objects created from now on, if {@code clock} is
   * the one installed; otherwise does nothing. Objects created while it was installed keep it.
   */
  static void uninstall(ShuttleClock clock) {
    InstalledClock.uninstall(clock);
  }
}
