package dev.shuttle.runtime.actor;

import java.time.Duration;

/**
 * A {@code RESTART} actor's record of its recent restarts, made at its first failure: whether one
 * more restart is within {@code maxRestarts} per window, and how long the actor waits after it
 * before its next message. Actor thread only.
 */
final class RestartBudget {
  private final ActorSettings.Restarts limits;
  private long[] times; // a ring of the restarts within the window, oldest first; grows up to limits.max()
  private int oldest;
  private int count;
  private long pauseNanos;

  RestartBudget(ActorSettings.Restarts limits) {
    this.limits = limits;
    this.times = new long[Math.min(limits.max(), 4)];
  }

  /** Records a restart at {@code now}, if the window has room for one more; else records nothing. */
  boolean tryRestart(long now) {
    while (count > 0 && now - times[oldest] >= limits.windowNanos()) {
      oldest = (oldest + 1) % times.length;
      count--;
    }
    if (count >= limits.max()) {
      return false;
    }
    if (count == times.length) {
      grow();
    }
    times[(oldest + count) % times.length] = now;
    count++;
    pauseNanos = limits.backoffAfter(count);
    return true;
  }

  private void grow() {
    long[] larger = new long[(int) Math.min(limits.max(), 2L * times.length)];
    for (int i = 0; i < count; i++) {
      larger[i] = times[(oldest + i) % times.length];
    }
    times = larger;
    oldest = 0;
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
