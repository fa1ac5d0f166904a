package dev.shuttle.examples.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.pool.RaceFailedException;
import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the woven classes the processor generated for {@link Racing}: latches, no sleeps. */
@Timeout(60)
class GeneratedRaceTest {

  private static <T> T get(Future<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  private static Throwable failureOf(Future<?> future) {
    return assertThrows(ExecutionException.class, () -> get(future)).getCause();
  }

  private static void assertInterrupted(Racing.Source source) throws InterruptedException {
    assertTrue(source.interrupted.await(30, TimeUnit.SECONDS), source.name + " was interrupted");
  }

  @Test
  void theFirstSuccessWinsAndTheLoserIsInterrupted() throws Exception {
    Racing.Source primary = new Racing.Source("primary");
    Racing.Source mirror = new Racing.Source("mirror");
    Racing.Quotes quotes = new ConcurrentRacing_Quotes(primary, mirror);
    CompletableFuture<String> quote = quotes.quote("ACME");
    assertTrue(primary.started.await(30, TimeUnit.SECONDS));
    assertTrue(mirror.started.await(30, TimeUnit.SECONDS));
    mirror.go.countDown();
    assertEquals("mirror:ACME", get(quote));
    assertInterrupted(primary);
  }

  @Test
  void aFastFailureDoesNotWin() throws Exception {
    Racing.Source primary = new Racing.Source("primary").failing();
    Racing.Source mirror = new Racing.Source("mirror");
    CompletableFuture<String> quote = new ConcurrentRacing_Quotes(primary, mirror).quote("ACME");
    assertTrue(mirror.started.await(30, TimeUnit.SECONDS));
    assertFalse(quote.isDone(), "the failure did not decide the race");
    mirror.go.countDown();
    assertEquals("mirror:ACME", get(quote));
  }

  @Test
  void whenEverySourceFailsOneExceptionCarriesThemAll() throws Exception {
    Racing.Quotes quotes = new ConcurrentRacing_Quotes(
        new Racing.Source("primary").failing(), new Racing.Source("mirror").failing());
    RaceFailedException all = assertInstanceOf(RaceFailedException.class, failureOf(quotes.quote("ACME")));
    assertEquals(2, all.getSuppressed().length);
    assertEquals("primary down", all.getSuppressed()[0].getMessage());
    assertEquals("mirror down", all.getSuppressed()[1].getMessage());
    assertTrue(all.getMessage().startsWith("Quotes.quote: all 2 sources failed"), all.getMessage());
  }

  @Test
  void sourcesMayReturnStages() throws Exception {
    Racing.Source primary = new Racing.Source("primary");
    Racing.Source mirror = new Racing.Source("mirror").answering();
    assertEquals("mirror:ACME", get(new ConcurrentRacing_Quotes(primary, mirror).quoteFromStages("ACME")));
    Racing.Quotes failingStage = new ConcurrentRacing_Quotes(
        new Racing.Source("primary").answering(), new Racing.Source("mirror").failing());
    assertEquals("primary:ACME", get(failingStage.quoteFromStages("ACME")));
  }

  @Test
  void aHedgedRaceStartsTheSecondSourceOnlyWhenTheFirstHasNotAnswered() throws Exception {
    Racing.Source primary = new Racing.Source("primary");
    Racing.Source mirror = new Racing.Source("mirror").answering();
    CompletableFuture<String> quote = new ConcurrentRacing_Quotes(primary, mirror).patientQuote("ACME");
    assertTrue(primary.started.await(30, TimeUnit.SECONDS));
    assertEquals(0, mirror.calls.get(), "the hedge is an hour away");
    primary.fail = true;
    primary.go.countDown(); // the first fails: the second starts at once
    assertEquals("mirror:ACME", get(quote));
    assertEquals(1, mirror.calls.get());
  }

  @Test
  void aHedgedRaceWhoseFirstSourceAnswersNeverCallsTheSecond() throws Exception {
    Racing.Source mirror = new Racing.Source("mirror").answering();
    Racing.Quotes quotes = new ConcurrentRacing_Quotes(new Racing.Source("primary").answering(), mirror);
    assertEquals("primary:ACME", get(quotes.patientQuote("ACME")));
    assertEquals(0, mirror.calls.get());
  }

  @Test
  void aHedgeStartsTheSecondSourceWhileTheFirstHangs() throws Exception {
    Racing.Source primary = new Racing.Source("primary");
    Racing.Source mirror = new Racing.Source("mirror");
    mirror.go = primary.started; // the mirror answers once the primary is hanging
    CompletableFuture<String> quote = new ConcurrentRacing_Quotes(primary, mirror).hedgedQuote("ACME");
    assertEquals("mirror:ACME", get(quote));
    assertInterrupted(primary);
  }

  @Test
  void theTimeoutFailsTheRaceAndInterruptsEverySource() throws Exception {
    Racing.Source primary = new Racing.Source("primary");
    Racing.Source mirror = new Racing.Source("mirror");
    CompletableFuture<String> quote = new ConcurrentRacing_Quotes(primary, mirror).quickQuote("ACME");
    TimeoutException timeout = assertInstanceOf(TimeoutException.class, failureOf(quote));
    assertEquals("Quotes.quickQuote: no source succeeded within 20 ms", timeout.getMessage());
    // A source the timeout found running was interrupted; one still queued never runs (RaceTest pins both down).
    for (Racing.Source source : new Racing.Source[] {primary, mirror}) {
      if (source.calls.get() > 0) {
        assertInterrupted(source);
      }
    }
  }

  @Test
  void sourcesAreCalledThroughTheirOwnGuards() throws Exception {
    Racing.LimitedSources sources = new ConcurrentRacing_LimitedSources();
    assertEquals("limited:ACME", get(sources.quote("ACME")));
    CompletableFuture<String> refused = sources.quote("ACME"); // the limited source's second call is refused
    RaceFailedException all = assertInstanceOf(RaceFailedException.class, failureOf(refused));
    assertInstanceOf(RateLimitExceededException.class, all.getSuppressed()[0], "in source order");
    assertInstanceOf(IOException.class, all.getSuppressed()[1]);
  }
}
