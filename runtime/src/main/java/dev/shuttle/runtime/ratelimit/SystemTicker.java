package dev.shuttle.runtime.ratelimit;

import java.util.concurrent.locks.LockSupport;

/** {@link Ticker#system()}: the JVM's monotonic clock; sleeps park, so they cost no carrier thread. */
final class SystemTicker implements Ticker {
  static final SystemTicker INSTANCE = new SystemTicker();

  private SystemTicker() {}

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public void sleepNanos(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    // parkNanos may return early (spuriously, or on unpark): loop until the deadline.
    for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting for a rate-limit permit");
      }
      LockSupport.parkNanos(this, left);
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("interrupted while waiting for a rate-limit permit");
    }
  }

  @Override
  public String toString() {
    return "Ticker.system()";
  }
}
