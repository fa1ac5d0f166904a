package dev.shuttle.runtime.pipeline;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JDK Flight Recorder event: backpressure, a producer waited for room in a stage's full queue. */
@Name("dev.shuttle.PipelineWait")
@Label("Pipeline Backpressure Wait")
@Category({"Shuttle", "Pipeline"})
@Description("A producer (submit, or the stage before) waited for room in a stage's full input queue")
final class PipelineWaitEvent extends Event {
  @Label("Pipeline")
  String pipeline;

  @Label("Stage")
  @Description("The stage whose input queue was full")
  String stage;
}
