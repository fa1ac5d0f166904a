package dev.shuttle.runtime.actor;

import java.util.List;

/**
 * What {@link Actors#stopAll} did.
 *
 * @param stopped the actors it stopped that finished in time: they handled everything they had
 *     accepted, and so did their children
 * @param unfinished a snapshot of each actor it stopped that had not finished when the timeout
 *     passed (still handling its mailbox, or waiting for a child), or whose executor refused to
 *     run it to the end
 */
public record StopAllReport(int stopped, List<ActorStats> unfinished) {
  public StopAllReport {
    unfinished = List.copyOf(unfinished);
  }

  /** Whether every actor it stopped finished in time. */
  public boolean allFinished() {
    return unfinished.isEmpty();
  }
}
