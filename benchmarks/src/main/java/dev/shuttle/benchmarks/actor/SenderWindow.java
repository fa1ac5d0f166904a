package dev.shuttle.benchmarks.actor;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One sender thread's bounded window of tells, so a tell benchmark measures messages
 * <em>handled</em>, not just queued: each invocation sends {@link #BATCH} tells and one ask,
 * then waits for the reply to the <em>previous</em> invocation's ask. Per-sender FIFO means that
 * reply proves the previous batch was handled, so at most two batches per sender are ever in
 * flight, and sender and counter still overlap (no stop-and-wait bubble).
 */
@State(Scope.Thread)
public class SenderWindow {
  /** Tells per window; each invocation is {@code BATCH + 1} messages handled. */
  public static final int BATCH = 1_000;

  private Future<Long> inFlight;

  void send(CounterTarget counter, LongAdder tellsSent) throws Exception {
    for (int i = 0; i < BATCH; i++) {
      counter.add(1);
    }
    Future<Long> reply = counter.get();
    if (inFlight != null) {
      inFlight.get();
    }
    inFlight = reply;
    tellsSent.add(BATCH);
  }

  /** Nothing is left in flight between iterations, so no iteration is billed for another's work. */
  @TearDown(Level.Iteration)
  public void drain() throws Exception {
    if (inFlight != null) {
      inFlight.get();
      inFlight = null;
    }
  }

  /** The count must equal the tells sent: a benchmark that loses messages measures nothing. */
  static void checkNothingLost(CounterTarget counter, LongAdder tellsSent) throws Exception {
    long counted = counter.get().get();
    if (counted != tellsSent.sum()) {
      throw new IllegalStateException("counter saw " + counted + " tells, senders sent " + tellsSent.sum());
    }
  }
}
