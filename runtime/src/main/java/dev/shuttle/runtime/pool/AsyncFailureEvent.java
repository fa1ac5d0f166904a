package dev.shuttle.runtime.pool;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JDK Flight Recorder event: a fire-and-forget ({@code void}) {@code @Async} method threw. */
@Name("dev.shuttle.AsyncFailure")
@Label("Async Task Failure")
@Category({"Shuttle", "Pool"})
@Description("A fire-and-forget task threw; the failure handler got the exception")
final class AsyncFailureEvent extends Event {
  @Label("Pool")
  String pool;

  @Label("Task")
  String task;

  @Label("Exception")
  Class<?> exceptionClass;

  @Label("Exception Message")
  String exceptionMessage;

  static void emit(String pool, String task, Throwable failure) {
    AsyncFailureEvent event = new AsyncFailureEvent();
    if (event.isEnabled()) {
      event.pool = pool;
      event.task = task;
      event.exceptionClass = failure.getClass();
      event.exceptionMessage = failure.getMessage();
      event.commit();
    }
  }
}
