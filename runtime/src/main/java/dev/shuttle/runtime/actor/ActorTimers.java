package dev.shuttle.runtime.actor;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Future;

/**
 * One actor's timers ({@link Actors#startTimer}): each key names at most one timer, whose action
 * runs as a message of the actor. They wait on Shuttle's one timer thread, never a thread each.
 * Only the actor's own turns touch this object, so it needs no lock: a timer that fires queues a
 * message, and that message runs the action only if, by then, it is still the key's timer. So a
 * cancelled or replaced timer never runs, even if it had already fired. They run on the actor's
 * clock: a test's clock fires them when the test moves it.
 */
final class ActorTimers {
  private final ActorCell actor;
  private final ShuttleClock clock;
  // Most actors with timers have one (a session's idle timeout): it needs no map. Keys in the two never repeat.
  private Timer only;
  private Map<Object, Timer> more; // made for a second key

  ActorTimers(ActorCell actor, ShuttleClock clock) {
    this.actor = actor;
    this.clock = clock;
  }

  /** Starts (or replaces) the timer {@code key}; a {@code periodNanos} below zero fires once. */
  void start(Object key, long delayNanos, long periodNanos, Runnable action) {
    cancel(key);
    Timer timer = new Timer(key, periodNanos, action);
    if (only == null && (more == null || more.isEmpty())) {
      only = timer;
    } else {
      if (more == null) {
        more = new HashMap<>();
      }
      more.put(key, timer);
    }
    timer.scheduleIn(delayNanos);
  }

  void cancel(Object key) {
    Timer timer = remove(key);
    if (timer != null) {
      timer.pending.cancel(false);
    }
  }

  boolean isActive(Object key) {
    return find(key) != null;
  }

  /** The actor stopped: its timers die with it. */
  void cancelAll() {
    if (only != null) {
      only.pending.cancel(false);
      only = null;
    }
    if (more != null) {
      more.values().forEach(timer -> timer.pending.cancel(false));
      more.clear();
    }
  }

  private Timer find(Object key) {
    if (only != null && only.key.equals(key)) {
      return only;
    }
    return more == null ? null : more.get(key);
  }

  private Timer remove(Object key) {
    if (only != null && only.key.equals(key)) {
      Timer removed = only;
      only = null;
      return removed;
    }
    return more == null ? null : more.remove(key);
  }

  /** A timer of this actor fired: runs its action, in the actor's turn, if it is still the key's timer. */
  private void fired(Timer timer) {
    if (find(timer.key) != timer) {
      return; // cancelled or replaced after it fired
    }
    if (timer.periodNanos < 0) {
      remove(timer.key);
    } else {
      timer.scheduleIn(timer.periodNanos); // fixed delay: the next one waits for this one to run
    }
    timer.action.run();
  }

  /** One timer; as the clock's action, it queues its tick in the actor's mailbox. */
  private final class Timer implements Runnable {
    final Object key;
    final long periodNanos;
    final Runnable action;
    final ContextSnapshot context; // of the handler that started it, for every tick
    Future<?> pending;

    Timer(Object key, long periodNanos, Runnable action) {
      this.key = Objects.requireNonNull(key, "key");
      this.periodNanos = periodNanos;
      this.action = Objects.requireNonNull(action, "action");
      this.context = Contexts.capture();
    }

    void scheduleIn(long delayNanos) {
      pending = clock.schedule(this, delayNanos);
    }

    @Override
    public void run() {
      actor.tellOwn(new Tick(ActorTimers.this, this), false);
    }
  }

  /** The message a timer queues when it fires. */
  static final class Tick extends ActorMessage {
    static final int KIND = -4;

    private final ActorTimers timers;
    private final Timer timer;

    private Tick(ActorTimers timers, Timer timer) {
      super(KIND);
      this.timers = timers;
      this.timer = timer;
      this.context = timer.context;
    }

    void run() {
      timers.fired(timer);
    }
  }
}
