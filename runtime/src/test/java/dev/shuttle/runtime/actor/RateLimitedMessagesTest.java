package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.FailurePolicy;
import dev.shuttle.runtime.ratelimit.RateLimit;
import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import dev.shuttle.runtime.ratelimit.RateLimiter;
import dev.shuttle.runtime.testing.FakeScheduler;
import dev.shuttle.runtime.testing.FakeTicker;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A message whose rate-limit permit is not due yet ({@code @RateLimited(onLimit = WAIT)} on an
 * actor) is held, without a thread, until it is; then the actor resumes with it, and the messages
 * behind it follow in order. Each message takes one permit.
 */
class RateLimitedMessagesTest {
  private static final long SECOND = SECONDS.toNanos(1);
  private static final long START = 1_000 * SECOND;

  private final ManualExecutor executor = new ManualExecutor();
  private final FakeScheduler timer = new FakeScheduler();
  private final FakeTicker ticker = new FakeTicker(START);
  private final RateLimiter limiter = new RateLimiter(RateLimit.perSecond(1), ticker, "Permit.limited");

  private PermitActor actor(long maxWaitNanos) {
    return actor(ActorSettings.of("Permit").rateLimitedMessages(), maxWaitNanos);
  }

  private PermitActor actor(ActorSettings settings, long maxWaitNanos) {
    return new PermitActor(settings, executor, timer, limiter, maxWaitNanos);
  }

  /** Lets a second pass on the limiter's clock, and fires the timer the held message waits on. */
  private void secondPasses() {
    ticker.advance(SECOND);
    timer.fire(SECOND);
    executor.runAll();
  }

  /** What the future completed with; it must be done: the executor and the timer run only when the test says. */
  private static <T> T valueOf(CompletableFuture<T> future) {
    assertTrue(future.isDone(), "not done");
    return future.join();
  }

  private static Throwable failureOf(CompletableFuture<?> future) {
    assertTrue(future.isDone(), "not done");
    return assertThrows(CompletionException.class, future::join).getCause();
  }

  @Test
  void aMessageWaitingForItsPermitHoldsNoThreadWhileAnotherActorOnTheSameExecutorAnswers() {
    PermitActor limited = actor(-1);
    PermitActor other = actor(-1);
    CompletableFuture<String> first = limited.limited("a");
    CompletableFuture<String> second = limited.limited("b");
    CompletableFuture<String> unrelated = other.free("x");
    executor.runAll();

    assertEquals("a", valueOf(first));
    assertEquals("x", valueOf(unrelated), "the other actor ran on the executor's one thread meanwhile");
    assertFalse(second.isDone(), "held until its permit is due");
    assertEquals(0, executor.pending(), "no task is left on the executor");
    assertEquals(START, ticker.now(), "nobody slept on the limiter's clock");
    assertEquals(List.of(SECOND), timer.pending().stream().map(FakeScheduler.Scheduled::delayNanos).toList(),
        "the timer hands the actor back when the permit is due");

    secondPasses();
    assertEquals("b", valueOf(second));
  }

  @Test
  void aWaitingMessageParksNoThreadOfARealOneThreadExecutor() throws Exception {
    RateLimiter hourly = new RateLimiter(RateLimit.of(1, 1, TimeUnit.HOURS), "Permit.hourly");
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    try {
      PermitActor limited = new PermitActor(ActorSettings.of("Permit").rateLimitedMessages(), oneThread, timer,
          hourly, -1);
      PermitActor other = new PermitActor(ActorSettings.of("Other"), oneThread, timer, hourly, -1);
      assertEquals("a", limited.limited("a").get(10, SECONDS));
      CompletableFuture<String> second = limited.limited("b"); // due in an hour

      for (int i = 0; i < 3; i++) {
        assertEquals("x" + i, other.free("x" + i).get(10, SECONDS), "the executor's one thread is free");
      }
      assertFalse(second.isDone());
      assertEquals(1, timer.pending().size());
    } finally {
      oneThread.shutdownNow();
    }
  }

  @Test
  void theHeldMessageRunsOnceWhenDueAndTheMessagesBehindItFollowInOrder() {
    PermitActor actor = actor(-1);
    actor.limited("a");
    CompletableFuture<String> held = actor.limited("b");
    CompletableFuture<String> behind = actor.free("c");
    actor.tellLimited("d");
    executor.runAll();
    assertEquals(List.of("a"), actor.handled);
    assertFalse(behind.isDone(), "FIFO: a message behind the held one waits, as behind a long message");

    secondPasses();
    assertEquals(List.of("a", "b", "c"), actor.handled, "d needs the next permit, due a second later");
    assertEquals("b", valueOf(held));
    assertEquals("c", valueOf(behind));

    secondPasses();
    assertEquals(List.of("a", "b", "c", "d"), actor.handled);
    assertEquals(3, limiter.stats().granted(), "one permit per limited message: the held ones took no second");
    assertEquals(4, actor.stats().processed());
    assertEquals(0, actor.mailboxSize());
    assertTrue(timer.pending().isEmpty());
  }

  @Test
  void aPermitDueLaterThanMaxWaitFailsTheAskAndTheTurnGoesOn() {
    PermitActor actor = actor(SECOND / 2);
    CompletableFuture<String> first = actor.limited("a");
    CompletableFuture<String> refused = actor.limited("b");
    CompletableFuture<String> behind = actor.free("c");
    executor.runAll();

    assertEquals("a", valueOf(first));
    RateLimitExceededException exceeded = assertInstanceOf(RateLimitExceededException.class, failureOf(refused));
    assertTrue(exceeded.getMessage().contains("Permit.limited"), exceeded.getMessage());
    assertEquals("c", valueOf(behind), "nothing was held");
    assertEquals(List.of("a", "c"), actor.handled);
    assertEquals(1, actor.stats().failed());
    assertEquals(3, actor.stats().processed());
    assertEquals(1, limiter.stats().granted(), "the refused message reserved nothing");
    assertTrue(timer.pending().isEmpty());
  }

  @Test
  void aRefusedTellGoesToTheFailureHandlerAndItsPolicy() {
    PermitActor actor = actor(ActorSettings.of("Permit").rateLimitedMessages().onFailure(FailurePolicy.STOP), 0);
    actor.tellLimited("a");
    actor.tellLimited("b");
    CompletableFuture<String> queued = actor.free("c");
    executor.runAll();

    assertEquals(List.of("a"), actor.handled);
    assertEquals(1, actor.tellFailures.size());
    assertInstanceOf(RateLimitExceededException.class, actor.tellFailures.get(0));
    assertTrue(actor.termination().isDone(), "STOP: the refusal stopped the actor, as a FAIL refusal does");
    assertInstanceOf(ActorStoppedException.class, failureOf(queued));
  }

  @Test
  void aStopWhileAMessageWaitsStillHandlesItThenDrainsTheRest() {
    PermitActor actor = actor(-1);
    actor.limited("a");
    CompletableFuture<String> held = actor.limited("b");
    CompletableFuture<String> behind = actor.free("c");
    executor.runAll();
    CompletableFuture<Void> stopped = actor.stop();
    executor.runAll();
    assertFalse(stopped.isDone(), "the held message was accepted, so it is handled first");
    assertInstanceOf(ActorStoppedException.class, failureOf(actor.free("late")));

    secondPasses();
    assertEquals("b", valueOf(held));
    assertEquals("c", valueOf(behind));
    assertTrue(stopped.isDone());
    assertEquals(List.of("a", "b", "c"), actor.handled);
  }

  @Test
  void continuationsQueuedBehindTheHeldMessageWaitForIt() {
    PermitActor actor = actor(-1);
    actor.limited("a");
    actor.limited("b");
    executor.runAll();
    actor.tellOwn(Continuation.of((value, failure) -> actor.handled.add("continued"), null, null, null), true);
    executor.runAll();
    assertEquals(List.of("a"), actor.handled, "the continuation did not jump the held message");

    secondPasses();
    assertEquals(List.of("a", "b", "continued"), actor.handled);
  }

  @Test
  void anExecutorThatRefusesToResumeTheActorFailsTheHeldMessageLoudly() {
    PermitActor actor = actor(-1);
    actor.limited("a");
    CompletableFuture<String> held = actor.limited("b");
    CompletableFuture<String> behind = actor.free("c");
    executor.runAll();
    executor.refuse(true);

    secondPasses();
    assertInstanceOf(ActorStoppedException.class, failureOf(held));
    assertInstanceOf(ActorStoppedException.class, failureOf(behind));
    assertTrue(actor.termination().isDone());
    assertEquals(List.of("a"), actor.handled);
  }

  @Test
  void anActorWithoutRateLimitedMessagesNeverAsksForAPermit() {
    PermitActor actor = actor(ActorSettings.of("Plain"), -1);
    actor.limited("a");
    actor.limited("b");
    executor.runAll();

    assertEquals(List.of("a", "b"), actor.handled);
    assertEquals(0, actor.reservations);
    assertEquals(0, limiter.stats().granted());
  }
}
