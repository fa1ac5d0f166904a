package dev.shuttle.runtime.pipeline;

import dev.shuttle.runtime.Snapshot;
import java.util.List;

/**
 * A snapshot of a pipeline, cheap enough to poll. Once {@code close()} has completed, accounting
 * is exact: {@code submitted + expanded() == completed + filtered + failed}, and for each stage
 * {@code received == completed + filtered + failed}. Without {@code expand} stages,
 * {@code expanded()} is 0.
 *
 * @param pipeline the user's class
 * @param submitted items accepted by {@code submit} or {@code offer}
 * @param completed items that came out of the last stage
 * @param filtered items a stage dropped, all stages together
 * @param failed items a stage threw on, all stages together
 * @param closed whether the pipeline refuses new items
 * @param stages one snapshot per stage, in order
 */
public record PipelineStats(
    String pipeline,
    long submitted,
    long completed,
    long filtered,
    long failed,
    boolean closed,
    List<StageStats> stages) implements Snapshot {

  public PipelineStats {
    stages = List.copyOf(stages);
  }

  /** Items that {@code expand} stages added: an item expanded into 3 adds 2. */
  public long expanded() {
    long expanded = 0;
    for (StageStats stage : stages) {
      expanded += stage.emitted() - stage.completed();
    }
    return expanded;
  }

  /** Items still queued or being handled somewhere; 0 once {@code close()} has completed. */
  public long pending() {
    return submitted + expanded() - completed - filtered - failed;
  }

  /** The snapshot of the stage of that name. */
  public StageStats stage(String name) {
    for (StageStats stage : stages) {
      if (stage.name().equals(name)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("no stage named " + name + " in pipeline " + pipeline);
  }
}
