package dev.shuttle.runtime.phased;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JDK Flight Recorder event: a party of a {@code @Phased} run failed, which broke the barrier. */
@Name("dev.shuttle.PhasedFailure")
@Label("Phased Party Failure")
@Category({"Shuttle", "Phased"})
@Description("A party of a @Phased run (or its barrier action) threw; the run stops and fails with it")
final class PhasedFailureEvent extends Event {
  @Label("Phased Type")
  String phasedType;

  @Label("Party")
  @Description("The party index, or -1 for the @AfterPhase action or the until check")
  int party;

  @Label("Exception")
  Class<?> exceptionClass;

  @Label("Exception Message")
  String exceptionMessage;

  static void emit(String phasedType, int party, Throwable failure) {
    PhasedFailureEvent event = new PhasedFailureEvent();
    if (event.isEnabled()) {
      event.phasedType = phasedType;
      event.party = party;
      event.exceptionClass = failure.getClass();
      event.exceptionMessage = failure.getMessage();
      event.commit();
    }
  }
}
