package dev.shuttle.examples.pipeline;

import static dev.shuttle.examples.pipeline.Pipelines.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A timed offer to a full pipeline, on the test's clock: it gives up when the test moves the clock. */
@ShuttleTest
@Timeout(60) // a bound on a hang, not a timing claim
class TimedOfferTest {

  @Test
  void aTimedOfferToAFullQueueGivesUpExactlyAtItsTimeout(ManualClock clock) throws Exception {
    Pipelines.Gate gate = new Pipelines.Gate();
    Pipelines_GatePipeline pipeline = Pipelines_GatePipeline.start(gate);
    pipeline.submit(1);
    assertTrue(gate.entered.await(WAIT_SECONDS, TimeUnit.SECONDS)); // the worker holds item 1
    pipeline.submit(2);
    pipeline.submit(3); // the queue (bound = 2) is full
    CompletableFuture<Boolean> offer = CompletableFuture.supplyAsync(() -> pipeline.offer(4, Duration.ofSeconds(1)));
    clock.awaitTimers(1); // the producer waits on the clock

    clock.advance(Duration.ofMillis(999));
    assertFalse(offer.isDone());
    clock.advance(Duration.ofMillis(1));
    assertFalse(offer.get(WAIT_SECONDS, TimeUnit.SECONDS), "the queue stayed full for the whole second");

    gate.open.countDown();
    pipeline.close().get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertEquals(List.of(1, 2, 3), gate.passed);
  }
}
