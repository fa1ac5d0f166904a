package dev.shuttle.benchmarks.pipeline;

import dev.shuttle.Pipeline;
import dev.shuttle.Stage;

/** The benchmarked pipeline as a user writes it: three stages, one worker each, queues of 1024. */
@Pipeline(bound = PipelineBenchmark.BOUND)
public class ThreeStages {
  private final Work.Sink sink;

  ThreeStages(Work.Sink sink) {
    this.sink = sink;
  }

  @Stage
  Item first(Item item) {
    return Work.first(item);
  }

  @Stage
  Item second(Item item) {
    return Work.second(item);
  }

  @Stage
  void third(Item item) {
    sink.accept(item);
  }
}
