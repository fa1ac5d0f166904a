package dev.shuttle.benchmarks.pipeline;

import dev.shuttle.Pipeline;
import dev.shuttle.Stage;

/** {@link ThreeStages} with each stage on a virtual thread (JDK 21+; platform threads before). */
@Pipeline(bound = PipelineBenchmark.BOUND)
public class VirtualThreeStages {
  private final Work.Sink sink;

  VirtualThreeStages(Work.Sink sink) {
    this.sink = sink;
  }

  @Stage(virtual = true)
  Item first(Item item) {
    return Work.first(item);
  }

  @Stage(virtual = true)
  Item second(Item item) {
    return Work.second(item);
  }

  @Stage(virtual = true)
  void third(Item item) {
    sink.accept(item);
  }
}
