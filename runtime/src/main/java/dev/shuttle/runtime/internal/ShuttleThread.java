package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;

/**
 * A platform thread that Shuttle starts itself: a pool worker or a timer. It is a daemon, it is
 * named after its pattern and user type, and it never waits for room in a pool's queue: work that
 * Shuttle's own threads hand on was already accepted, so it goes over the bound rather than risk
 * a pool waiting on itself.
 */
@InternalApi
public class ShuttleThread extends Thread {
  public ShuttleThread(Runnable body, String name) {
    super(null, body, name, 0, false);
    setDaemon(true);
  }

  /** Whether the calling thread is one of Shuttle's own. */
  public static boolean isCurrent() {
    return Thread.currentThread() instanceof ShuttleThread;
  }
}
