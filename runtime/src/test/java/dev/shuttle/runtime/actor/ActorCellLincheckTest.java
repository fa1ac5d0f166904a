package dev.shuttle.runtime.actor;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;

/**
 * Model checking of {@link ActorCell}'s scheduling and stop protocol. The actor runs on an
 * executor that runs it inline, on the sending thread, so Lincheck controls every thread the
 * actor runs on and explores the interleavings of sends, turns, going idle and stopping.
 *
 * <p>A tell is linearizable against a sequential actor (accepted before {@code stop()}, refused
 * after), and whenever all threads are done ({@link #everyAcceptedTellWasHandledOnce()}): every
 * accepted tell was handled exactly once (no lost wakeup, no message both handled and refused),
 * never by two threads at once, and nothing is left counted as waiting.
 */
public class ActorCellLincheckTest {
  private final Tally actor = new Tally();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong acceptedSum = new AtomicLong();
  private final AtomicBoolean stopCalled = new AtomicBoolean();

  @Operation
  public boolean tell(int value) {
    try {
      actor.add(value);
    } catch (ActorStoppedException refused) {
      return false;
    }
    accepted.incrementAndGet();
    acceptedSum.addAndGet(value);
    return true;
  }

  @Operation
  public void stop() {
    stopCalled.set(true);
    actor.stop();
  }

  @Validate
  public void everyAcceptedTellWasHandledOnce() {
    check(!actor.overlapped, "two handlers ran at once");
    check(actor.handled == accepted.get(), "handled " + actor.handled + " tells, accepted " + accepted.get());
    check(actor.sum == acceptedSum.get(), "handled sum " + actor.sum + ", accepted sum " + acceptedSum.get());
    check(actor.mailboxSize() == 0, "mailboxSize " + actor.mailboxSize() + " with nothing waiting");
    check(actor.termination().isDone() == stopCalled.get(), "terminated iff stop() was called");
  }

  @Test
  void modelChecking() {
    // Small scenarios suffice: a lost wakeup shows with two tells on two threads, a message both
    // accepted and never handled with a tell racing stop(). Bounded to stay under ~30 s.
    new ModelCheckingOptions()
        .iterations(10)
        .invocationsPerIteration(100)
        .threads(2)
        .actorsPerThread(2)
        .actorsBefore(1)
        .actorsAfter(1)
        .check(getClass());
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  /** A minimal actor, two messages per turn so that turns also end by re-submitting. */
  private static final class Tally extends ActorCell {
    static final int ADD = 0;

    long sum;
    long handled;
    boolean overlapped;
    private final AtomicBoolean inHandler = new AtomicBoolean();

    Tally() {
      super(ActorSettings.of("Tally").throughput(2), Runnable::run);
    }

    void add(int value) {
      tell(new Add(value));
    }

    @Override
    protected void dispatch(ActorMessage message) {
      if (!inHandler.compareAndSet(false, true)) {
        overlapped = true;
      }
      switch (message.kind) {
        case ADD -> {
          sum += ((Add) message).value;
          handled++;
        }
        default -> throw new AssertionError("unknown message kind " + message.kind);
      }
      inHandler.set(false);
    }

    private static final class Add extends ActorMessage {
      final int value;

      Add(int value) {
        super(ADD);
        this.value = value;
      }
    }
  }
}
