package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.testing.FakeScheduler;
import dev.shuttle.runtime.testing.ManualExecutor;
import dev.shuttle.runtime.testing.ThreadContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What an actor message carries from its sender's thread: tells and asks, the failure handling of a
 * tell, and the runtime's own messages (continuations, timer ticks), which carry the context of the
 * handler that asked for them. Mostly on a {@link ManualExecutor}, so the test thread runs each turn.
 */
@Timeout(30)
class ActorContextTest {
  private final ThreadContext context = ThreadContext.register();
  private final ManualExecutor executor = new ManualExecutor();
  private final FakeScheduler clock = new FakeScheduler();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final TurnActor actor = new TurnActor(ActorSettings.of("Session"), executor) {
    @Override
    ShuttleClock clock() {
      return clock;
    }

    @Override
    protected void onFailure(Throwable failure) {
      seen.add("onFailure:" + context.get());
    }
  };

  @AfterEach
  void unregister() {
    context.close();
  }

  private Runnable record(String what) {
    return () -> seen.add(what + ":" + context.get());
  }

  @Test
  void eachMessageRunsWithItsSendersContextAndTheRunningThreadGetsItsOwnBack() {
    context.set("alice");
    actor.run(record("first"));
    context.set("bob");
    actor.run(record("second"));
    context.set(null);
    actor.run(record("third"));

    context.set("the executor's thread");
    executor.runAll();
    assertEquals(List.of("first:alice", "second:bob", "third:null"), seen);
    assertEquals("the executor's thread", context.get(), "each restore was undone on the thread that ran it");
    assertEquals(3, context.undos());
  }

  @Test
  void anAskCarriesItsSendersContextAndAFailedTellsHandlerSeesItToo() throws Exception {
    CounterActor counter = new CounterActor(CounterActor.unbounded(), executor, 1) {
      @Override
      protected void onFailure(Throwable failure) {
        seen.add("onFailure:" + context.get());
      }
    };
    context.set("asker");
    CompletableFuture<Long> echoed = counter.echo(7);
    context.set("teller");
    counter.fail(new IllegalStateException("boom"));
    context.set(null);
    executor.runAll();
    assertEquals(7, echoed.get(10, SECONDS));
    assertEquals(List.of("onFailure:teller"), seen);
    assertEquals(2, context.undos());
  }

  @Test
  void aHandlerThatThrowsStillPutsBackTheThreadsContext() {
    context.set("alice");
    actor.run(() -> {
      context.set("changed by the handler");
      throw new AssertionError("the handler failed");
    });
    context.set("runner");
    executor.runAll();
    assertEquals(List.of("onFailure:changed by the handler"), seen, "the failure is handled in the handler's context");
    assertEquals("runner", context.get());
  }

  @Test
  void aContinuationCarriesTheContextOfTheHandlerThatAskedForIt() {
    CompletableFuture<String> reply = new CompletableFuture<>();
    context.set("alice");
    actor.run(() -> Actors.pipeToSelf(reply, (value, failure) -> seen.add(value + ":" + context.get())));
    context.set(null);
    executor.runAll();

    context.set("the completing thread");
    reply.complete("replied");
    context.set(null);
    executor.runAll();
    assertEquals(List.of("replied:alice"), seen);
  }

  @Test
  void everyTickOfATimerCarriesTheContextOfTheHandlerThatStartedIt() {
    long second = Duration.ofSeconds(1).toNanos();
    context.set("alice");
    actor.run(() -> Actors.startPeriodicTimer("poll", Duration.ofSeconds(1), record("tick")));
    context.set(null);
    executor.runAll();

    for (int tick = 0; tick < 2; tick++) {
      context.set("the timer's thread");
      clock.fire(second); // the next is scheduled once this one has run: a fixed delay
      context.set(null);
      executor.runAll();
    }
    assertEquals(List.of("tick:alice", "tick:alice"), seen);
  }

  @Test
  void onceTheDecoratorIsRemovedMessagesCarryNothing() {
    context.set("alice");
    context.close();
    CounterActor counter = new CounterActor(CounterActor.unbounded(), executor, 1);
    CompletableFuture<Long> echoed = counter.echo(1);
    executor.runAll();
    assertTrue(echoed.isDone());
    assertEquals(0, context.restores());
  }

  @Test
  void onItsOwnThreadAnActorLeavesNothingOfAMessagesContextBehind() throws Exception {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      TurnActor onThread = new TurnActor(ActorSettings.of("Session"), thread);
      context.set("alice");
      onThread.run(() -> {
        seen.add("handler:" + context.get());
        context.set("changed by the handler");
      });
      onThread.stop().get(10, SECONDS);
      assertEquals(List.of("handler:alice"), seen);
      context.close();
      assertNull(thread.submit(context::get).get(10, SECONDS), "the executor's thread has its own context back");
    } finally {
      thread.shutdownNow();
    }
  }
}
