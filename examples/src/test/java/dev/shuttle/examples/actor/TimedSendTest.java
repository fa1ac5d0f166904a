package dev.shuttle.examples.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shuttle.runtime.actor.MailboxFullException;
import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ManualExecutor;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A timed send to a full mailbox, on the test's clock: the actor runs only when the test runs it. */
@ShuttleTest
@Timeout(60) // a bound on a hang, not a timing claim
class TimedSendTest {

  @Test
  void aTimedSendToAFullMailboxGivesUpExactlyAtItsTimeout(ManualClock clock, ManualExecutor executor) throws Exception {
    Shapes.Turnstile turnstile = new Shapes.Turnstile();
    Shapes_TurnstileActor actor = Shapes_TurnstileActor.spawn(turnstile, executor);
    actor.pass(); // the one slot: the actor has not run
    CompletableFuture<Void> timed = CompletableFuture.runAsync(() -> actor.withSendTimeout(Duration.ofMillis(20)).pass());
    clock.awaitTimers(1); // the sender waits on the clock

    clock.advance(Duration.ofMillis(19));
    assertFalse(timed.isDone());
    clock.advance(Duration.ofMillis(1));
    ExecutionException refused = assertThrows(ExecutionException.class, () -> timed.get(30, TimeUnit.SECONDS));
    assertInstanceOf(MailboxFullException.class, refused.getCause());

    executor.runAll();
    assertEquals(1, turnstile.handled, "only the accepted message ran");
  }
}
