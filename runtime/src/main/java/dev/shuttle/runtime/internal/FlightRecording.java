package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;
import java.util.function.Supplier;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;

/**
 * Whether Flight Recorder runs in this JVM. Every Shuttle event is created, and its class first
 * touched, only once it does: initializing a JFR event class sets up JFR's Java side (about 60
 * {@code jdk.jfr.internal} classes load, and the event is registered), after which timing an event
 * does real work with no recording at all. A program that never records should not pay for that
 * on its first refused permit, full queue or failed task. A recording started any way
 * ({@code -XX:StartFlightRecording}, {@code jcmd JFR.start}, the {@code jdk.jfr} API) sets Flight
 * Recorder up first, so the events it enables are all seen.
 *
 * <p>So every site asks here before it names an event class: {@code if (FlightRecording.running())
 * SomeEvent.emit(...)}, or for a wait, an event begun only then and {@code null} otherwise.
 */
@InternalApi
public final class FlightRecording {
  private FlightRecording() {}

  /** A static field read; never sets Flight Recorder up. */
  public static boolean running() {
    return FlightRecorder.isInitialized();
  }

  /**
   * For a wait: a new event, begun, or {@code null} (nothing to time or commit) while Flight
   * Recorder does not run. The constructor reference does not initialize the event's class.
   */
  public static <E extends Event> E begin(Supplier<E> newEvent) {
    if (!running()) {
      return null;
    }
    E event = newEvent.get();
    event.begin();
    return event;
  }
}
