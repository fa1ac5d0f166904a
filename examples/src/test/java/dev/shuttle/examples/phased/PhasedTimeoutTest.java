package dev.shuttle.examples.phased;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A phased run's timeout, on the test's clock: it passes when the test says so. */
@ShuttleTest
@Timeout(60) // a bound on a hang, not a timing claim
class PhasedTimeoutTest {

  @Test
  void aTimeoutStopsThePartiesAndThrows(ManualClock clock) throws Exception {
    Recorded.Slow slow = new Recorded.Slow();
    CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
      try {
        Recorded_SlowPhases.run(slow, Duration.ofMillis(100));
      } catch (TimeoutException | InterruptedException e) {
        throw new CompletionException(e);
      }
    });
    clock.awaitTimers(1); // the caller waits on the clock
    clock.advance(Duration.ofMillis(99));
    assertFalse(run.isDone());
    clock.advance(Duration.ofMillis(1));
    ExecutionException failed = assertThrows(ExecutionException.class, () -> run.get(30, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, failed.getCause());
    assertTrue(slow.stopped.await(30, TimeUnit.SECONDS), "the sleeping party was interrupted and the other released");
  }
}
