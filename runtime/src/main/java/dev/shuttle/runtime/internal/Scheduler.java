package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;
import java.util.concurrent.Future;

/**
 * Runs actions later: a race's hedges and timeout, an actor ask's timeout. Tests replace it with
 * one they drive.
 */
@InternalApi
public interface Scheduler {

  /**
   * Runs {@code action} once, {@code delayNanos} from now.
   *
   * @return cancels the action if it has not started yet
   */
  Future<?> schedule(Runnable action, long delayNanos);

  /** One daemon thread, {@code shuttle-timer}, shared by every user and created on first use. */
  static Scheduler shared() {
    return SharedTimer.INSTANCE;
  }
}
