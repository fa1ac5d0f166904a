package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.FakeScheduler;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A race is decided once: whichever of complete, completeExceptionally and cancel comes first wins,
 * and every later one returns {@code false} and changes nothing. No source is started, so nothing
 * runs on the pool.
 */
@Timeout(30)
class RaceDecisionTest {
  private final TaskPool pool = new TaskPool("race-decision-test", PoolSpec.fixed(1));
  private final FakeScheduler scheduler = new FakeScheduler();

  @AfterEach
  void shutDown() {
    pool.shutdown();
  }

  private Race<String> race() {
    return new Race<>(RaceSettings.of("Quotes.quote", "primary", "mirror"), pool, scheduler);
  }

  @Test
  void theFirstCompletionDecidesAndLaterOnesAreRefused() throws Exception {
    Race<String> race = race();
    assertFalse(race.isDecided());
    assertTrue(race.complete("first"));
    assertTrue(race.isDecided());
    assertFalse(race.complete("second"));
    assertFalse(race.completeExceptionally(new IllegalStateException()));
    assertFalse(race.cancel(true));
    assertEquals("first", race.get());
  }

  @Test
  void theFirstFailureDecidesAndLaterOnesAreRefused() {
    Race<String> race = race();
    IllegalStateException failure = new IllegalStateException("first");
    assertTrue(race.completeExceptionally(failure));
    assertTrue(race.isDecided());
    assertFalse(race.completeExceptionally(new IllegalArgumentException()));
    assertFalse(race.complete("late"));
    assertSame(failure, assertThrows(ExecutionException.class, race::get).getCause());
  }

  @Test
  void aCancelDecidesAndLaterCompletionsAreRefused() {
    Race<String> race = race();
    assertTrue(race.cancel(false));
    assertTrue(race.isDecided());
    assertFalse(race.cancel(false));
    assertFalse(race.complete("late"));
    assertThrows(CancellationException.class, race::join);
  }
}
