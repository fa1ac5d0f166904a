package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.FailurePolicy;
import dev.shuttle.runtime.testing.FakeScheduler;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code FailurePolicy.RESTART}: a failed tell is dropped, the behaviour is replaced with a fresh
 * one, and the mailbox goes on, after a back-off that doubles per restart in the window; past
 * {@code maxRestarts} in the window, or when the factory fails, the actor stops as with STOP.
 */
class ActorRestartTest {
  private static final long BACKOFF = TimeUnit.MILLISECONDS.toNanos(10);
  private static final long WINDOW = TimeUnit.SECONDS.toNanos(60);

  private final ManualExecutor executor = new ManualExecutor();
  private final FakeScheduler timer = new FakeScheduler();

  private RestartingActor actor(int maxRestarts, int backoffMillis) {
    return new RestartingActor(ActorSettings.of("Restarting").onFailure(FailurePolicy.RESTART)
        .restarts(maxRestarts, 60, backoffMillis), executor, timer);
  }

  private static Runnable fail() {
    return () -> {
      throw new IllegalStateException("boom");
    };
  }

  @Test
  void aFailedTellIsDroppedAndTheNextMessagesMeetAFreshBehaviour() throws Exception {
    RestartingActor actor = actor(10, 0);
    actor.run(tally -> {});
    actor.run(tally -> fail().run());
    CompletableFuture<Integer> askedBefore = actor.ask(tally -> tally.handled); // queued before the restart
    executor.runAll();

    assertEquals(2, actor.made.size(), "one restart");
    assertEquals(1, askedBefore.get(1, SECONDS), "a queued ask is answered by the fresh behaviour");
    assertEquals(1, actor.stats().failed());
    assertEquals(false, actor.stats().stopped());
  }

  @Test
  void theBackOffHoldsTheNextMessageAndDoublesPerRestartInTheWindow() throws Exception {
    RestartingActor actor = actor(10, 10);
    actor.run(tally -> fail().run());
    CompletableFuture<Integer> next = actor.ask(tally -> tally.handled);
    executor.runAll();

    assertEquals(false, next.isDone(), "waiting out the back-off");
    assertEquals(1, timer.pending().size());
    timer.fire(BACKOFF);
    executor.runAll();
    assertEquals(1, next.get(1, SECONDS));

    timer.advance(SECONDS.toNanos(1)); // still in the window: the second restart waits twice as long
    actor.run(tally -> fail().run());
    executor.runAll();
    timer.fire(2 * BACKOFF);
    executor.runAll();
    assertEquals(3, actor.made.size());
  }

  @Test
  void aStopDuringTheBackOffStillHandlesWhatWasAccepted() throws Exception {
    RestartingActor actor = actor(10, 10);
    actor.run(tally -> fail().run());
    CompletableFuture<Integer> queued = actor.ask(tally -> tally.handled);
    executor.runAll();
    CompletableFuture<Void> stopped = actor.stop();
    executor.runAll();
    assertEquals(false, stopped.isDone(), "the actor is still waiting out its back-off");

    timer.fire(BACKOFF);
    executor.runAll();
    assertEquals(1, queued.get(1, SECONDS));
    stopped.get(1, SECONDS);
  }

  @Test
  void pastMaxRestartsInTheWindowTheActorStops() {
    RestartingActor actor = actor(2, 0);
    actor.run(tally -> fail().run());
    actor.run(tally -> fail().run());
    actor.run(tally -> fail().run()); // a third failure within the window
    CompletableFuture<Integer> queued = actor.ask(tally -> tally.handled);
    executor.runAll();

    assertEquals(3, actor.made.size(), "two restarts, no third");
    assertTrue(actor.stats().stopped());
    assertInstanceOf(ActorStoppedException.class, failureOf(queued), "what was queued is refused loudly");
  }

  @Test
  void restartsOutsideTheWindowDoNotCount() {
    RestartingActor actor = actor(2, 0);
    for (int i = 0; i < 5; i++) {
      actor.run(tally -> fail().run());
      executor.runAll();
      timer.advance(WINDOW); // each failure in a window of its own
    }
    assertEquals(6, actor.made.size());
    assertEquals(false, actor.stats().stopped());
  }

  @Test
  void aFactoryThatFailsStopsTheActor() {
    RestartingActor actor = actor(10, 0);
    IllegalStateException broken = new IllegalStateException("no fresh behaviour");
    actor.factoryFailure = broken;
    actor.run(tally -> fail().run());
    CompletableFuture<Integer> queued = actor.ask(tally -> tally.handled);
    executor.runAll();

    assertTrue(actor.stats().stopped());
    ActorStoppedException refused = assertInstanceOf(ActorStoppedException.class, failureOf(queued));
    assertSame(broken, refused.getCause());
  }

  @Test
  void aFailedAskFailsItsCallerAndRestartsNothing() {
    RestartingActor actor = actor(10, 0);
    CompletableFuture<Integer> failed = actor.ask(tally -> {
      throw new IllegalArgumentException("bad question");
    });
    executor.runAll();

    assertInstanceOf(IllegalArgumentException.class, failureOf(failed));
    assertEquals(1, actor.made.size(), "the caller was told: the behaviour stays");
  }

  @Test
  void theSettingsRefuseWhatTheRuntimeCannotDo() {
    ActorSettings settings = ActorSettings.of("X");
    assertThrows(IllegalArgumentException.class, () -> settings.restarts(0, 60, 10));
    assertThrows(IllegalArgumentException.class, () -> settings.restarts(1, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> settings.restarts(1, 60, -1));
  }

  @Test
  void theBackOffNeverExceedsTheWindow() {
    ActorSettings.Restarts restarts = ActorSettings.of("X").restarts(100, 1, 600).restarts();
    assertEquals(TimeUnit.MILLISECONDS.toNanos(600), restarts.backoffAfter(1));
    assertEquals(TimeUnit.SECONDS.toNanos(1), restarts.backoffAfter(2));
    assertEquals(TimeUnit.SECONDS.toNanos(1), restarts.backoffAfter(100));
    assertEquals(0, ActorSettings.of("X").restarts(3, 1, 0).restarts().backoffAfter(3));
  }

  private static Throwable failureOf(CompletableFuture<?> future) {
    try {
      future.getNow(null);
      throw new AssertionError("not failed: " + future);
    } catch (CompletionException e) {
      return e.getCause();
    }
  }
}
