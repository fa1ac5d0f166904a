package dev.shuttle.runtime.testing;

import dev.shuttle.runtime.ShuttleClock;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told. A sleep moves it forward by the sleep (as if the sleeper
 * were the only one waiting), so single-threaded tests run in no real time. It remembers, per
 * thread, the last time it handed out: the instant a call of that thread was accounted at.
 */
public final class FakeTicker implements ShuttleClock {
  private final AtomicLong now;
  private final ThreadLocal<long[]> lastRead = ThreadLocal.withInitial(() -> new long[1]);

  public FakeTicker(long start) {
    now = new AtomicLong(start);
  }

  @Override
  public long nanoTime() {
    long t = now.get();
    lastRead.get()[0] = t;
    return t;
  }

  @Override
  public void sleepNanos(long nanos) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    long start = lastRead.get()[0];
    now.accumulateAndGet(start + nanos, (current, wake) -> wake - current > 0 ? wake : current);
  }

  @Override
  public Future<?> schedule(Runnable action, long delayNanos) {
    throw new UnsupportedOperationException("a FakeTicker has no timer: use a FakeScheduler");
  }

  public long now() {
    return now.get();
  }

  public void advance(long nanos) {
    now.addAndGet(nanos);
  }

  /** The time the calling thread last read. */
  public long lastRead() {
    return lastRead.get()[0];
  }
}
