package dev.shuttle.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Whose an interrupt is: the handler's that was running when it came, never the next message's;
 * one pending when a turn starts is the thread owner's, and is given back. The turns run on the
 * test's own thread, as an executor that runs the actor on the sender's thread would.
 */
class ActorInterruptTest {
  private final ManualExecutor executor = new ManualExecutor();
  private final Probe actor = new Probe(executor);

  @AfterEach
  void clearFlag() {
    Thread.interrupted();
  }

  @Test
  void anInterruptAHandlerLeftSetIsClearedBeforeTheNextMessage() {
    actor.tell(new ActorMessage(Probe.INTERRUPT) {});
    actor.tell(new ActorMessage(Probe.LOOK) {});
    executor.runAll();

    assertEquals(List.of(false), actor.seen, "the next handler started with the flag set");
  }

  @Test
  void anInterruptPendingWhenTheTurnStartsIsGivenBackWhenItEnds() {
    actor.tell(new ActorMessage(Probe.LOOK) {});
    Thread.currentThread().interrupt();
    executor.runAll();

    assertEquals(List.of(false), actor.seen, "the owner's interrupt reached a handler");
    assertTrue(Thread.interrupted(), "the owner's interrupt was lost");
  }

  /** An interrupt that comes while its first message runs, left set; the second looks at the flag. */
  private static final class Probe extends ActorCell {
    static final int INTERRUPT = 0;
    static final int LOOK = 1;
    final List<Boolean> seen = new ArrayList<>(); // run on the test's thread only

    Probe(ManualExecutor executor) {
      super(ActorSettings.of("Probe"), executor);
    }

    @Override
    protected void dispatch(ActorMessage message) {
      if (message.kind == INTERRUPT) {
        Thread.currentThread().interrupt();
      } else {
        seen.add(Thread.currentThread().isInterrupted());
      }
    }
  }
}
