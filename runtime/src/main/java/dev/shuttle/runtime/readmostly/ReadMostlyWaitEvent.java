package dev.shuttle.runtime.readmostly;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Threshold;

/**
 * JDK Flight Recorder event: a call of a {@code @ReadMostly} class waited for its lock. Only waits
 * on the contended path are timed, and only while Flight Recorder runs and the event is enabled
 * (see {@link ReadMostlyLock#timingWaits()}: until then this class is not even initialized);
 * recorded above the threshold (20 ms unless the recording's settings say otherwise). This is how waits are seen:
 * {@link ReadMostlyStats} does not count them. Reads of {@code READ_WRITE} and {@code STAMPED}
 * look for a writer only while it is enabled, to keep that look off their fast path, so
 * without a recording their waits show only as {@code jdk.ThreadPark}.
 */
@Name("dev.shuttle.ReadMostlyWait")
@Label("Read-Mostly Lock Wait")
@Category({"Shuttle", "ReadMostly"})
@Description("A call of a @ReadMostly class found its lock taken and waited for it")
@Threshold("20 ms")
final class ReadMostlyWaitEvent extends Event {
  @Label("Type")
  String typeName;

  @Label("Method")
  String method;

  @Label("Strategy")
  String strategy;

  @Label("Write")
  @Description("true when the call waited for the write lock, false for the read lock")
  boolean write;

  /** Asked whether the event is enabled: that answer is the class's, not the instance's. */
  private static final ReadMostlyWaitEvent PROBE = new ReadMostlyWaitEvent();

  /**
   * Whether a recording wants this event: a static field read, no allocation whatever escape
   * analysis decides. Asked only once Flight Recorder runs.
   */
  static boolean enabled() {
    return PROBE.isEnabled();
  }
}
