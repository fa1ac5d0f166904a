package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.internal.ContextHandoff;
import dev.shuttle.runtime.internal.Failures;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * One source of a {@link Race}: the task the pool runs, which reports back to its race. It can be
 * cancelled at any point: before it starts (it never runs), while it runs (its thread is
 * interrupted, exactly once and only while it runs this source, as in {@code FutureTask}), or
 * while the stage it returned is pending (that stage is cancelled).
 */
final class RaceEntry<T> implements Runnable, BiConsumer<T, Throwable> {
  private static final int NEW = 0;
  private static final int RUNNING = 1;
  private static final int RAN = 2;
  private static final int INTERRUPTING = 3;
  private static final int CANCELLED = 4;

  private final Race<T> race;
  private final int index;
  private final Callable<?> source;
  private final boolean staged;

  private volatile int state = NEW;
  private Thread runner; // published by the CAS to RUNNING
  private volatile Future<?> pending; // the stage a staged source returned, while it is pending

  /**
   * @param staged whether {@code source} returns a {@code CompletionStage<? extends T>} (else a
   *     {@code T})
   */
  RaceEntry(Race<T> race, int index, Callable<?> source, boolean staged) {
    this.race = race;
    this.index = index;
    this.source = source;
    this.staged = staged;
  }

  int index() {
    return index;
  }

  @Override
  public void run() {
    runner = Thread.currentThread();
    if (!STATE.compareAndSet(this, NEW, RUNNING)) {
      runner = null;
      return; // cancelled before it started
    }
    Object result = null;
    Throwable failure = null;
    try {
      result = ContextHandoff.call(race.context, source);
    } catch (Throwable t) {
      failure = t;
    }
    runner = null;
    if (!STATE.compareAndSet(this, RUNNING, RAN)) {
      awaitInterrupt(); // cancelled while running: the race is over, and the interrupt was for this source only
      if (staged && result instanceof Future<?> stage) {
        stage.cancel(true); // the call returned its stage after all: it lost too
      }
      return;
    }
    if (failure != null) {
      race.failed(index, failure);
    } else if (!staged) {
      race.succeeded(cast(result));
    } else if (result == null) {
      race.failed(index, new NullPointerException("Source " + race.sourceName(index) + " returned null instead of a stage"));
    } else {
      follow(castStage(result));
    }
  }

  private void follow(CompletionStage<? extends T> stage) {
    if (stage instanceof Future<?> future) {
      pending = future;
      if (state == CANCELLED || race.isDecided()) {
        future.cancel(true); // cancelled between the call and now
        return;
      }
    }
    stage.whenComplete(this);
  }

  /** The stage a staged source returned completed. */
  @Override
  public void accept(T value, Throwable failure) {
    if (failure == null) {
      race.succeeded(value);
    } else {
      race.failed(index, Failures.unwrap(failure));
    }
  }

  /** Makes sure the source never runs, or interrupts it, or cancels its pending stage. */
  void cancel() {
    for (;;) {
      int s = state;
      if (s == NEW) {
        if (STATE.compareAndSet(this, NEW, CANCELLED)) {
          return;
        }
      } else if (s == RUNNING) {
        if (STATE.compareAndSet(this, RUNNING, INTERRUPTING)) {
          Thread thread = runner;
          if (thread != null) {
            thread.interrupt();
          }
          state = CANCELLED;
          return;
        }
      } else if (s == RAN) {
        if (STATE.compareAndSet(this, RAN, CANCELLED)) {
          Future<?> stage = pending;
          if (stage != null) {
            stage.cancel(true);
          }
          return;
        }
      } else {
        return;
      }
    }
  }

  /** Waits for a cancelling thread to deliver its interrupt, then clears it. */
  private void awaitInterrupt() {
    while (state == INTERRUPTING) {
      Thread.onSpinWait();
    }
    Thread.interrupted();
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  @SuppressWarnings("unchecked")
  private static <T> CompletionStage<? extends T> castStage(Object stage) {
    return (CompletionStage<? extends T>) stage;
  }

  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(RaceEntry.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
