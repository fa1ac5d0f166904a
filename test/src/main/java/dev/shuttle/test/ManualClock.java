package dev.shuttle.test;

import dev.shuttle.runtime.ShuttleClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A {@link ShuttleClock} that moves only when the test moves it. Installed (by
 * {@link ShuttleTestExtension}, or {@link ShuttleClock#install}), it is what every Shuttle object
 * made from then on reads: rate-limit permits, send and ask timeouts, actor timers, a race's hedges
 * and timeout.
 *
 * <p>{@link #advance} moves the time forward and runs, on the calling thread and in the order they
 * come due, every action that comes due on the way, each with the clock reading its due time: an
 * actor timer queues its message, a hedge starts the next source, a timeout fails its future, and
 * a thread waiting on this clock (for a permit, for room in a mailbox or a pipeline) wakes, since
 * its wait is such an action. Nothing here ever depends on real time passing, except
 * {@link #awaitTimers}, which waits for another thread to start a wait.
 *
 * <p>Time starts at zero. Any thread may read it and schedule on it; one thread (the test's)
 * advances it.
 */
public final class ManualClock implements ShuttleClock {
  /** More actions than this, due by one {@link #advance}, means timers that schedule timers without end. */
  private static final int MAX_ACTIONS_PER_ADVANCE = 1_000_000;

  private final PriorityQueue<Timer> timers = new PriorityQueue<>(); // guarded by this
  private long scheduled; // guarded by this: orders timers due at the same time, first scheduled first
  private volatile long now;

  @Override
  public long nanoTime() {
    return now;
  }

  /** The time since the clock started: the sum of every {@link #advance}. */
  public Duration now() {
    return Duration.ofNanos(now);
  }

  /**
   * Moves the time forward by {@code duration}, running every action due on the way.
   *
   * @throws IllegalArgumentException if {@code duration} is negative
   * @throws IllegalStateException if the actions never stop coming due (a timer that schedules
   *     itself with no delay)
   */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A clock only moves forward, not by " + duration);
    }
    advanceTo(now + saturatedNanos(duration));
  }

  /** {@link #advance(Duration)} by {@code amount} of {@code unit}. */
  public void advance(long amount, TimeUnit unit) {
    advance(Duration.ofNanos(unit.toNanos(amount)));
  }

  /**
   * Moves the time forward to when the next pending action is due, and runs it (with any due at
   * the same time).
   *
   * @return how far the time moved
   * @throws IllegalStateException if no action is pending
   */
  public Duration advanceToNextTimer() {
    Duration next = nextTimer().orElseThrow(() -> new IllegalStateException("No timer is pending on " + this));
    advance(next);
    return next;
  }

  /** How long until the next pending action is due (zero if one is due now); empty if none is pending. */
  public synchronized Optional<Duration> nextTimer() {
    dropCancelled();
    Timer next = timers.peek();
    return next == null ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(0, next.due - now)));
  }

  /** Actions scheduled and neither run nor cancelled: timers, timeouts, hedges, and threads waiting on this clock. */
  public synchronized int pendingTimers() {
    dropCancelled();
    return timers.size();
  }

  /** When each pending action is due, from now, soonest first. */
  public synchronized List<Duration> pendingDelays() {
    dropCancelled();
    List<Timer> sorted = new ArrayList<>(timers);
    sorted.sort(null);
    return sorted.stream().map(timer -> Duration.ofNanos(Math.max(0, timer.due - now))).toList();
  }

  /**
   * Waits, in real time and at most {@code timeout}, until at least {@code count} actions are
   * pending: how a test makes sure that another thread has started its wait on this clock (for a
   * permit, for room in a full mailbox) before it advances the time past the wait's end.
   *
   * @throws AssertionError if fewer are pending when {@code timeout} has passed
   */
  public synchronized void awaitTimers(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + saturatedNanos(timeout);
    while (pendingTimers() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("Expected " + count + " pending timer(s) on " + this + " within " + timeout
            + ", but " + pendingTimers() + " are pending: " + pendingDelays());
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** {@link #awaitTimers(int, Duration)} within ten seconds. */
  public void awaitTimers(int count) throws InterruptedException {
    awaitTimers(count, Duration.ofSeconds(10));
  }

  @Override
  public synchronized Future<?> schedule(Runnable action, long delayNanos) {
    Objects.requireNonNull(action, "action");
    Timer timer = new Timer(action, now + Math.max(0, delayNanos), scheduled++);
    timers.add(timer);
    notifyAll(); // for awaitTimers
    return timer;
  }

  /**
   * Returns once the clock has been advanced by {@code nanos} from now: the calling thread waits
   * (as a pending action) for the test to move the time.
   */
  @Override
  public void sleepNanos(long nanos) throws InterruptedException {
    Thread sleeper = Thread.currentThread();
    long due;
    Future<?> alarm;
    synchronized (this) {
      due = now + Math.max(0, nanos);
      alarm = schedule(() -> LockSupport.unpark(sleeper), nanos);
    }
    try {
      while (due - now > 0) {
        if (Thread.interrupted()) {
          throw new InterruptedException("interrupted while sleeping on " + this);
        }
        LockSupport.park(this);
      }
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while sleeping on " + this);
      }
    } finally {
      alarm.cancel(false);
    }
  }

  @Override
  public String toString() {
    return "ManualClock[now=" + now() + "]";
  }

  private void advanceTo(long target) {
    for (int ran = 0; ; ran++) {
      Timer next = takeDue(target);
      if (next == null) {
        break;
      }
      if (ran == MAX_ACTIONS_PER_ADVANCE) {
        throw new IllegalStateException("More than " + MAX_ACTIONS_PER_ADVANCE + " actions came due while "
            + this + " advanced: does a timer schedule itself with no delay?");
      }
      next.run(); // outside the lock: the action may schedule more, or wake a thread that reads the clock
      next.rethrowFailure(this);
    }
    synchronized (this) {
      now = Math.max(now, target);
    }
  }

  /** The next action due at or before {@code target}, with the time moved to its due time; null if none. */
  private synchronized Timer takeDue(long target) {
    dropCancelled();
    Timer next = timers.peek();
    if (next == null || next.due - target > 0) {
      return null;
    }
    timers.poll();
    now = Math.max(now, next.due);
    return next;
  }

  private void dropCancelled() {
    timers.removeIf(Timer::isCancelled);
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE / 2;
    }
  }

  /** One scheduled action: a future that cancels it. */
  private static final class Timer extends FutureTask<Void> implements Comparable<Timer> {
    final long due;
    final long order;

    Timer(Runnable action, long due, long order) {
      super(action, null);
      this.due = due;
      this.order = order;
    }

    @Override
    public int compareTo(Timer other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(order, other.order);
    }

    /** Throws what the action threw, if it did: a failing timer fails the test that advanced the clock. */
    void rethrowFailure(ManualClock clock) {
      try {
        get();
      } catch (ExecutionException failed) {
        throw new IllegalStateException("An action scheduled on " + clock + " failed", failed.getCause());
      } catch (CancellationException cancelledWhileRunning) {
        // nothing to report
      } catch (InterruptedException cannotHappen) {
        Thread.currentThread().interrupt(); // get() on a task that has run does not wait
      }
    }
  }
}
