package dev.shuttle.runtime.actor;

import dev.shuttle.runtime.internal.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Actors#stopAll}: stops the registered actors in waves and waits for them.
 *
 * <p>The first wave is the actors spawned from outside any actor: they are where work enters, and
 * while they drain, the actors they spawned keep running to take what they send. The next waves
 * stop whatever is still running, the actors spawned by actors and any spawned meanwhile, until
 * none is left or the time is up. Children bound with {@link Actors#child} are usually stopped by
 * their parents before their wave comes; stopping one twice is harmless.
 */
final class StopAll {
  private final Deadline deadline;
  private final List<ActorCell> stopping = new ArrayList<>();

  private StopAll(Deadline deadline) {
    this.deadline = deadline;
  }

  static StopAllReport within(Deadline deadline) {
    StopAll stopAll = new StopAll(deadline);
    stopAll.stopAndAwait(ActorCell.LIVE.live(ActorCell.SPAWNED_OUTSIDE));
    List<ActorCell> rest;
    while (!(rest = stillRunning()).isEmpty()) {
      if (!stopAll.stopAndAwait(rest)) {
        break;
      }
    }
    return stopAll.report();
  }

  private static List<ActorCell> stillRunning() {
    List<ActorCell> running = ActorCell.LIVE.live(ActorCell.SPAWNED_BY_ACTOR);
    running.addAll(ActorCell.LIVE.live(ActorCell.SPAWNED_OUTSIDE));
    running.removeIf(ActorCell::isStopping);
    return running;
  }

  /** Stops each of {@code wave} and waits for them until the deadline; false if it passed. */
  private boolean stopAndAwait(List<ActorCell> wave) {
    List<CompletableFuture<Void>> terminations = wave.stream().map(ActorCell::stop).toList();
    stopping.addAll(wave);
    return deadline.awaitAll(terminations, "actors to stop"); // one refused by its executor is reported below
  }

  private StopAllReport report() {
    List<ActorStats> unfinished = new ArrayList<>();
    for (ActorCell cell : stopping) {
      CompletableFuture<Void> termination = cell.termination();
      if (!termination.isDone() || termination.isCompletedExceptionally()) {
        unfinished.add(cell.stats());
      }
    }
    return new StopAllReport(stopping.size() - unfinished.size(), unfinished);
  }
}
