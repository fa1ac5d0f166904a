package dev.shuttle.runtime.actor;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * A {@code RESTART} actor's record of its recent restarts, made at its first failure: whether one
 * more restart is within {@code maxRestarts} per window, and how long the actor waits after it
 * before its next message. Actor thread only.
 */
final class RestartBudget {
  private final ActorSettings.Restarts limits;
  private final ArrayDeque<Long> times = new ArrayDeque<>();
  private long pauseNanos;

  RestartBudget(ActorSettings.Restarts limits) {
    this.limits = limits;
  }

  /** Records a restart at {@code now}, if the window has room for one more; else records nothing. */
  boolean tryRestart(long now) {
    while (!times.isEmpty() && now - times.peekFirst() >= limits.windowNanos()) {
      times.pollFirst();
    }
    if (times.size() >= limits.max()) {
      return false;
    }
    times.addLast(now);
    pauseNanos = limits.backoffAfter(times.size());
    return true;
  }

  /** The wait owed after the last restart, once: then zero until the next one. */
  long takePause() {
    long pause = pauseNanos;
    pauseNanos = 0;
    return pause;
  }

  /** {@code 10 restarts within 60 s}: for the log when the budget runs out. */
  String describeLimit() {
    return limits.max() + " restart(s) within " + Duration.ofNanos(limits.windowNanos()).toSeconds() + " s";
  }
}
