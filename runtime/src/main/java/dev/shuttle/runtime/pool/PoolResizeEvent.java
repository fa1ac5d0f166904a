package dev.shuttle.runtime.pool;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** JDK Flight Recorder event: an {@code ADAPTIVE} pool changed its size. */
@Name("dev.shuttle.PoolResize")
@Label("Pool Resize")
@Category({"Shuttle", "Pool"})
@Description("An ADAPTIVE pool moved its size toward cores x (1 + wait/compute)")
final class PoolResizeEvent extends Event {
  @Label("Pool")
  String pool;

  @Label("From")
  int from;

  @Label("To")
  int to;

  @Label("Measured Wait Ratio")
  @Description("Wait time over CPU time of the last window of tasks")
  double waitRatio;

  static void emit(String pool, int from, int to, double waitRatio) {
    PoolResizeEvent event = new PoolResizeEvent();
    if (event.isEnabled()) {
      event.pool = pool;
      event.from = from;
      event.to = to;
      event.waitRatio = waitRatio;
      event.commit();
    }
  }
}
