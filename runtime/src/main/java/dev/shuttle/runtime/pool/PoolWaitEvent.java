package dev.shuttle.runtime.pool;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Threshold;

/**
 * JDK Flight Recorder event: a caller waited for room in a full pool queue
 * ({@code Overflow.BLOCK}). Recorded when the wait is longer than the threshold (10 ms unless
 * configured).
 */
@Name("dev.shuttle.PoolWait")
@Label("Pool Queue Wait")
@Category({"Shuttle", "Pool"})
@Description("A caller waited for room in a full pool queue")
@Threshold("10 ms")
final class PoolWaitEvent extends Event {
  @Label("Pool")
  String pool;

  @Label("Gave Up")
  @Description("true if the wait was interrupted or timed out, and the task refused")
  boolean gaveUp;
}
