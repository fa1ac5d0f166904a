package dev.shuttle.runtime.internal;

/**
 * Whether {@code Shuttle.shutdown} has begun. From then on the process is going away: a new
 * actor is born stopped, a new pipeline closed, a pool asked for afterwards comes shut down, so
 * that no work slips in behind the shutdown to a fresh pool nobody will drain.
 */
public final class ShutdownState {
  /** What a refusal says once the shutdown has begun. */
  public static final String SHUT_DOWN = "Shuttle.shutdown has run: no new work is accepted";

  private static volatile boolean shutDown;

  private ShutdownState() {}

  public static boolean isShutDown() {
    return shutDown;
  }

  public static void markShutDown() {
    shutDown = true;
  }
}
