package dev.shuttle.runtime.pipeline;

import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.internal.Deadline;
import dev.shuttle.runtime.internal.LiveObjects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What concerns every pipeline of the process at once. */
public final class Pipelines {
  /** Every started pipeline whose workers have not all stopped, for {@link #closeAll} and the registry. */
  static final LiveObjects<PipelineEngine> LIVE = LiveObjects.of(ShuttleObject.Kind.PIPELINE,
      PipelineEngine::type, pipeline -> null, PipelineEngine::stats);

  private Pipelines() {}

  /**
   * Closes every running pipeline as its own {@code close()} does: each refuses new items, and its
   * stages finish everything accepted, in order. Waits at most {@code timeout} in all.
   *
   * @return a snapshot of each pipeline still draining when the timeout passed; empty when all
   *     finished
   * @throws IllegalArgumentException if {@code timeout} is negative
   * @throws dev.shuttle.runtime.WaitInterruptedException if interrupted while waiting: the
   *     pipelines go on draining
   */
  public static List<PipelineStats> closeAll(Duration timeout) {
    Deadline deadline = Deadline.in(timeout);
    List<PipelineEngine> closing = LIVE.live(0);
    closing.forEach(PipelineEngine::close);
    deadline.awaitAll(closing.stream().map(PipelineEngine::termination).toList(), "pipelines to close");
    List<PipelineStats> unfinished = new ArrayList<>();
    for (PipelineEngine pipeline : closing) {
      if (!pipeline.termination().isDone()) {
        unfinished.add(pipeline.stats());
      }
    }
    return unfinished;
  }
}
