package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A null message is refused at the door, to its sender, and the mailbox behind it stays usable. */
class NullMessageTest {
  private final ManualExecutor executor = new ManualExecutor();

  @Test
  void aNullTellThrowsAndTheNextMessagesAreHandled() throws Exception {
    CounterActor actor = new CounterActor(CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 0), executor, 1);

    assertThrows(NullPointerException.class, () -> actor.tell(null));
    assertThrows(NullPointerException.class, () -> actor.tell(null, 1_000));
    actor.count(0, 1);
    CompletableFuture<Long> reply = actor.echo(7);
    executor.runAll();

    assertEquals(1, actor.counted);
    assertEquals(7L, reply.get(1, SECONDS));
    assertEquals(0, executor.pending(), "nothing left spinning");
    CompletableFuture<Void> stopped = actor.stop();
    executor.runAll();
    stopped.get(1, SECONDS);
  }

  @Test
  void aNullAskThrowsAndTakesNoRoomInABoundedMailbox() throws Exception {
    CounterActor actor = new CounterActor(CounterActor.settings(1, Overflow.REJECT, FailurePolicy.RESUME, 0), executor, 1);

    assertThrows(NullPointerException.class, () -> actor.ask(null));
    assertThrows(NullPointerException.class, () -> actor.tell(null));
    CompletableFuture<Long> reply = actor.echo(3); // the one slot is still free
    executor.runAll();

    assertEquals(3L, reply.get(1, SECONDS));
  }
}
