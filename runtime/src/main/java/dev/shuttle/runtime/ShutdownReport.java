package dev.shuttle.runtime;

import dev.shuttle.runtime.actor.ActorStats;
import dev.shuttle.runtime.pipeline.PipelineStats;
import dev.shuttle.runtime.pool.TaskPoolStats;
import java.util.List;

/**
 * What {@link Shuttle#shutdown} left unfinished when its time was up: a snapshot of each pipeline
 * still draining, each actor still handling its mailbox (or waiting for a child), and each pool
 * with tasks still running. They go on finishing in the background; nothing they accepted is
 * dropped.
 */
public record ShutdownReport(
    List<PipelineStats> unfinishedPipelines, List<ActorStats> unfinishedActors, List<TaskPoolStats> unfinishedPools) {
  public ShutdownReport {
    unfinishedPipelines = List.copyOf(unfinishedPipelines);
    unfinishedActors = List.copyOf(unfinishedActors);
    unfinishedPools = List.copyOf(unfinishedPools);
  }

  /** Whether everything finished in time. */
  public boolean allFinished() {
    return unfinishedPipelines.isEmpty() && unfinishedActors.isEmpty() && unfinishedPools.isEmpty();
  }
}
