package dev.shuttle.runtime.testing;

import dev.shuttle.runtime.ShuttleClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A {@link ShuttleClock} whose actions run only when a test fires them, and whose time moves only
 * when a test advances it: hedges, timeouts and restart windows without a clock.
 */
public final class FakeScheduler implements ShuttleClock {
  private final List<Scheduled> scheduled = new ArrayList<>();
  private volatile long now;

  public record Scheduled(Runnable action, long delayNanos, CompletableFuture<Void> handle) {}

  @Override
  public long nanoTime() {
    return now;
  }

  /** Moves the time by {@code nanos}; runs nothing. */
  public void advance(long nanos) {
    now += nanos;
  }

  @Override
  public synchronized Future<?> schedule(Runnable action, long delayNanos) {
    Scheduled s = new Scheduled(action, delayNanos, new CompletableFuture<>());
    scheduled.add(s);
    return s.handle();
  }

  @Override
  public void sleepNanos(long nanos) {
    throw new UnsupportedOperationException("nothing sleeps on a FakeScheduler");
  }

  /** Actions scheduled and neither run nor cancelled, oldest first. */
  public synchronized List<Scheduled> pending() {
    return scheduled.stream().filter(s -> !s.handle().isDone()).toList();
  }

  /** Runs the oldest pending action whose delay is {@code delayNanos}, as if that time had passed. */
  public void fire(long delayNanos) {
    Scheduled next = pending().stream().filter(s -> s.delayNanos() == delayNanos).findFirst()
        .orElseThrow(() -> new AssertionError("nothing pending with a delay of " + delayNanos + " ns: " + pending()));
    next.handle().complete(null);
    next.action().run();
  }
}
