package dev.shuttle.runtime.ratelimit;

/**
 * The clock a {@link RateLimiter} reads and sleeps on. {@link #system()} in production; tests
 * pass a fake one that they move by hand.
 */
public interface Ticker {

  /** Nanoseconds from an arbitrary origin, like {@link System#nanoTime()}; compare by subtraction. */
  long nanoTime();

  /**
   * Returns after at least {@code nanos} nanoseconds of this ticker's time.
   *
   * @throws InterruptedException if the thread is interrupted before or while it sleeps; the
   *     interrupt flag is cleared, as {@link Thread#sleep(long)} does
   */
  void sleepNanos(long nanos) throws InterruptedException;

  /** {@link System#nanoTime()}, and sleeps that park the thread (virtual threads included). */
  static Ticker system() {
    return SystemTicker.INSTANCE;
  }
}
