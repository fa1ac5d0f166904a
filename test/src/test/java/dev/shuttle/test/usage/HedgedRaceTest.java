package dev.shuttle.test.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ManualExecutor;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A user's test of a hedged race and an @Async method: the pool is the test's executor, the hedge its clock. */
@ShuttleTest
class HedgedRaceTest {
  private final Quotes quotes = new ConcurrentQuotes();

  @Test
  void theMirrorStartsWhenTheHedgeDelayPassesAndItsAnswerWins(ManualClock clock, ManualExecutor executor) throws Exception {
    CompletableFuture<String> quote = quotes.quote("ACME");
    executor.runAll();
    assertEquals(List.of("primary"), List.copyOf(quotes.started));

    clock.advance(Duration.ofMillis(49));
    assertTrue(executor.isIdle(), "no hedge yet");
    clock.advance(Duration.ofMillis(1));
    executor.runAll();
    assertEquals(List.of("primary", "mirror"), List.copyOf(quotes.started));

    quotes.mirror.complete("mirror: 42");
    assertEquals("mirror: 42", quote.get());
    assertTrue(quotes.primary.isCancelled(), "the loser's stage is cancelled");
    assertEquals(0, clock.pendingTimers(), "the timeout is cancelled with the race");
  }

  @Test
  void noAnswerWithinTheTimeoutFailsTheRace(ManualClock clock, ManualExecutor executor) {
    CompletableFuture<String> quote = quotes.quote("ACME");
    executor.runAll();
    clock.advance(Duration.ofMillis(50));
    executor.runAll();
    clock.advance(Duration.ofMillis(1949));
    assertFalse(quote.isDone());
    clock.advance(Duration.ofMillis(1));
    ExecutionException timedOut = assertThrows(ExecutionException.class, quote::get);
    assertInstanceOf(TimeoutException.class, timedOut.getCause());
    assertTrue(quotes.primary.isCancelled() && quotes.mirror.isCancelled());
  }

  @Test
  void anAsyncMethodRunsWhenTheTestRunsThePool(ManualExecutor executor) throws Exception {
    CompletableFuture<String> warm = quotes.warmUp("ACME");
    assertFalse(warm.isDone());
    assertEquals(1, executor.pending());
    executor.runNext();
    assertEquals("warm ACME", warm.get());
  }
}
