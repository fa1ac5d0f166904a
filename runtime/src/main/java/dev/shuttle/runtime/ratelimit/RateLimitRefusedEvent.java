package dev.shuttle.runtime.ratelimit;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/**
 * JDK Flight Recorder event: a rate limit refused a call. Emitted only while Flight Recorder runs
 * ({@link FlightRecording}).
 */
@Name("dev.shuttle.RateLimitRefused")
@Label("Rate Limit Refused")
@Category({"Shuttle", "Rate Limit"})
@Description("A rate limit refused a call: no permit was free, or it was due later than the call would wait")
final class RateLimitRefusedEvent extends Event {
  @Label("Limit")
  String limit;

  @Label("Limited")
  @Description("What the limit guards, when known")
  String description;

  @Label("Next Permit In")
  @Timespan(Timespan.NANOSECONDS)
  long waitNanos;

  static void emit(RateLimiter limiter, long waitNanos) {
    RateLimitRefusedEvent event = new RateLimitRefusedEvent();
    if (event.isEnabled()) {
      event.limit = limiter.limit().toString();
      event.description = limiter.describe();
      event.waitNanos = waitNanos;
      event.commit();
    }
  }
}
