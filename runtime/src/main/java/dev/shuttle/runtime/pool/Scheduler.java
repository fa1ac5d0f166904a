package dev.shuttle.runtime.pool;

import java.util.concurrent.Future;

/** Runs actions later: a race's hedges and timeout. Tests replace it with one they drive. */
interface Scheduler {

  /**
   * Runs {@code action} once, {@code delayNanos} from now.
   *
   * @return cancels the action if it has not started yet
   */
  Future<?> schedule(Runnable action, long delayNanos);

  /** One daemon thread, {@code shuttle-timer}, shared by every race and created on first use. */
  static Scheduler shared() {
    return SharedTimer.INSTANCE;
  }
}
