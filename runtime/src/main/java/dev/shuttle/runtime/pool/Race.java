package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A race between redundant sources on a {@link TaskPool}: the first <em>successful</em> result
 * wins. What a {@code @Race} method's implementation runs:
 *
 * <pre>{@code
 * return new Race<Quote>(QUOTE_RACE, pool)
 *         .value(() -> fromPrimary(symbol))
 *         .stage(() -> fromMirror(symbol))
 *         .start();
 * }</pre>
 *
 * <p>The race is its own result future. It completes with the first value a source returns (or
 * its stage completes with); a failure does not win, unlike {@code CompletableFuture.anyOf}. It
 * fails with {@link RaceFailedException} once every source has failed (each failure suppressed in
 * it), or with {@link TimeoutException} at the timeout. However it completes (a winner, all
 * failed, the timeout, or the caller cancelling it), every other source is cancelled before the
 * outcome is published: never started if it has not started, interrupted if it is running, its
 * stage cancelled if it is pending.
 *
 * <p>With a hedge delay the sources start one at a time, in order: the next when the delay passes
 * without a success, or at once when a source fails. A source the pool refuses (full queue with
 * {@code REJECT}, or shut down) counts as failed.
 *
 * <p>Every source runs with the context the caller's thread had when it made the race
 * ({@link Contexts}), hedged ones too, though the timer thread starts them.
 */
@InternalApi
public final class Race<T> extends CompletableFuture<T> {
  private final RaceSettings settings;
  private final TaskPool pool;
  private final ShuttleClock clock;
  private final RaceEntry<T>[] entries;
  final ContextSnapshot context; // the caller's, for every source
  private int added; // while the race is being set up, by its caller only

  // Guarded by this.
  private int started;
  private int failed;
  private Throwable[] failures;
  private Future<?> hedge;
  private Future<?> deadline;

  private volatile boolean decided;

  /** A race whose hedges and timeout run on the {@linkplain ShuttleClock#current() current clock}. */
  public Race(RaceSettings settings, TaskPool pool) {
    this(settings, pool, ShuttleClock.current());
  }

  @SuppressWarnings("unchecked")
  Race(RaceSettings settings, TaskPool pool, ShuttleClock clock) {
    this.settings = settings.configured();
    this.pool = Objects.requireNonNull(pool, "pool");
    this.clock = clock;
    this.entries = (RaceEntry<T>[]) new RaceEntry<?>[settings.sources().size()];
    this.context = Contexts.capture();
  }

  /** Adds the next source, one that returns the value itself. */
  public Race<T> value(Callable<? extends T> source) {
    return add(source, false);
  }

  /** Adds the next source, one that returns a stage of the value. */
  public Race<T> stage(Callable<? extends CompletionStage<? extends T>> source) {
    return add(source, true);
  }

  private Race<T> add(Callable<?> source, boolean staged) {
    if (added == entries.length) {
      throw new IllegalStateException(settings.description() + " has " + entries.length + " sources, not more");
    }
    entries[added] = new RaceEntry<>(this, added, Objects.requireNonNull(source, "source"), staged);
    added++;
    return this;
  }

  /**
   * Starts the sources (all of them, or the first one when hedged) and the timeout. Waits only
   * if the pool's queue is full and its overflow is {@code BLOCK}.
   *
   * @return this race
   */
  public CompletableFuture<T> start() {
    if (added != entries.length) {
      throw new IllegalStateException(settings.description() + " has " + entries.length + " sources, " + added
          + " were added");
    }
    if (settings.timeoutNanos() > 0) {
      Future<?> timer = clock.schedule(this::timedOut, settings.timeoutNanos());
      synchronized (this) {
        deadline = timer;
      }
      if (decided) {
        timer.cancel(false);
      }
    }
    if (settings.hedgeAfterNanos() > 0) {
      startNext();
    } else {
      synchronized (this) {
        started = entries.length;
      }
      for (RaceEntry<T> entry : entries) {
        if (decided) {
          break;
        }
        launch(entry);
      }
    }
    return this;
  }

  /** Hedging: starts the next source, and schedules the one after it. */
  private void startNext() {
    RaceEntry<T> next;
    synchronized (this) {
      if (decided || started == entries.length) {
        return;
      }
      next = entries[started++];
      if (hedge != null) {
        hedge.cancel(false);
      }
      hedge = started < entries.length ? clock.schedule(this::startNext, settings.hedgeAfterNanos()) : null;
    }
    launch(next);
  }

  private void launch(RaceEntry<T> entry) {
    try {
      pool.admit(entry, -1);
    } catch (RuntimeException refused) { // RejectedExecutionException, WaitInterruptedException
      entry.cancel();
      failed(entry.index(), refused);
    }
  }

  void succeeded(T value) {
    complete(value);
  }

  void failed(int index, Throwable failure) {
    boolean allFailed;
    synchronized (this) {
      if (decided) {
        return;
      }
      if (failures == null) {
        failures = new Throwable[entries.length];
      }
      failures[index] = failure;
      allFailed = ++failed == entries.length;
    }
    if (allFailed) {
      completeExceptionally(allFailed());
    } else if (settings.hedgeAfterNanos() > 0) {
      startNext(); // a failure is no answer: do not wait for the delay
    }
  }

  private RaceFailedException allFailed() {
    StringBuilder message = new StringBuilder(settings.description()).append(": all ").append(entries.length)
        .append(" sources failed (");
    RaceFailedException exception;
    synchronized (this) {
      for (int i = 0; i < entries.length; i++) {
        message.append(i == 0 ? "" : ", ").append(sourceName(i)).append(": ")
            .append(failures[i].getClass().getSimpleName());
      }
      exception = new RaceFailedException(message.append(")").toString());
      for (Throwable failure : failures) {
        exception.addSuppressed(failure);
      }
    }
    return exception;
  }

  private void timedOut() {
    TimeoutException timeout = new TimeoutException(settings.description() + ": no source succeeded within "
        + TimeUnit.NANOSECONDS.toMillis(settings.timeoutNanos()) + " ms");
    synchronized (this) {
      if (failures != null) {
        for (Throwable failure : failures) {
          if (failure != null) {
            timeout.addSuppressed(failure);
          }
        }
      }
    }
    completeExceptionally(timeout);
  }

  String sourceName(int index) {
    return settings.sources().get(index);
  }

  // However the race ends, it first stops everything else (the other sources, the timers), then
  // publishes its outcome: whoever sees the outcome also sees every loser cancelled.

  @Override
  public boolean complete(T value) {
    return decide() && super.complete(value);
  }

  @Override
  public boolean completeExceptionally(Throwable failure) {
    return decide() && super.completeExceptionally(failure);
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    return decide() && super.cancel(mayInterruptIfRunning);
  }

  /** Whether the race is decided (perhaps not published yet): no source may start or win any more. */
  boolean isDecided() {
    return decided;
  }

  /** Decides the race if nobody has yet, and stops the sources and timers; {@code false} if it was decided already. */
  private boolean decide() {
    if (decided || !DECIDED.compareAndSet(this, false, true)) {
      return false;
    }
    Future<?> hedgeTimer;
    Future<?> deadlineTimer;
    synchronized (this) {
      hedgeTimer = hedge;
      deadlineTimer = deadline;
      hedge = null;
      deadline = null;
    }
    if (hedgeTimer != null) {
      hedgeTimer.cancel(false);
    }
    if (deadlineTimer != null) {
      deadlineTimer.cancel(false);
    }
    for (RaceEntry<T> entry : entries) {
      if (entry != null) {
        entry.cancel();
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Race[" + settings + ", " + super.toString() + "]";
  }

  private static final VarHandle DECIDED;

  static {
    try {
      DECIDED = MethodHandles.lookup().findVarHandle(Race.class, "decided", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
