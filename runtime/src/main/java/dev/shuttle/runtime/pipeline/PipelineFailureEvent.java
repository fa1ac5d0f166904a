package dev.shuttle.runtime.pipeline;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JDK Flight Recorder event: a pipeline stage threw on an item. */
@Name("dev.shuttle.PipelineFailure")
@Label("Pipeline Stage Failure")
@Category({"Shuttle", "Pipeline"})
@Description("A pipeline stage threw on an item; the item went to the error handler")
final class PipelineFailureEvent extends Event {
  @Label("Pipeline")
  String pipeline;

  @Label("Stage")
  String stage;

  @Label("Exception")
  Class<?> exceptionClass;

  @Label("Exception Message")
  String exceptionMessage;

  static void emit(String pipeline, String stage, Throwable failure) {
    PipelineFailureEvent event = new PipelineFailureEvent();
    if (event.isEnabled()) {
      event.pipeline = pipeline;
      event.stage = stage;
      event.exceptionClass = failure.getClass();
      event.exceptionMessage = failure.getMessage();
      event.commit();
    }
  }
}
