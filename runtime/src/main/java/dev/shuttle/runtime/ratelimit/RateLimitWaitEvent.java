package dev.shuttle.runtime.ratelimit;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Threshold;

/**
 * JDK Flight Recorder event: a thread waited for a rate-limit permit. A duration event, so JFR
 * records it only when the wait is longer than the threshold (10 ms unless configured).
 */
@Name("dev.shuttle.RateLimitWait")
@Label("Rate Limit Wait")
@Category({"Shuttle", "Rate Limit"})
@Description("A thread waited for a rate-limit permit")
@Threshold("10 ms")
final class RateLimitWaitEvent extends Event {
  @Label("Limit")
  String limit;

  @Label("Limited")
  @Description("What the limit guards, when known")
  String description;

  @Label("Interrupted")
  boolean interrupted;
}
