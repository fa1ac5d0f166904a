package dev.shuttle.runtime.actor;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JDK Flight Recorder event: an actor's handler threw. */
@Name("dev.shuttle.ActorFailure")
@Label("Actor Handler Failure")
@Category({"Shuttle", "Actor"})
@Description("An actor's message handler threw an exception")
final class ActorFailureEvent extends Event {
  @Label("Actor Type")
  String actorType;

  @Label("Message")
  String message;

  @Label("Exception")
  Class<?> exceptionClass;

  @Label("Exception Message")
  String exceptionMessage;

  @Label("Caller Told")
  @Description("true for an ask (its future failed), false for a tell (the failure handler got it)")
  boolean callerTold;

  static void emit(String actorType, ActorMessage message, Throwable failure, boolean callerTold) {
    ActorFailureEvent event = new ActorFailureEvent();
    if (event.isEnabled()) {
      event.actorType = actorType;
      event.message = message.getClass().getSimpleName();
      event.exceptionClass = failure.getClass();
      event.exceptionMessage = failure.getMessage();
      event.callerTold = callerTold;
      event.commit();
    }
  }
}
