package dev.shuttle.examples.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.examples.InterruptedCall;
import dev.shuttle.runtime.actor.ActorStoppedException;
import dev.shuttle.runtime.actor.MailboxFullException;
import dev.shuttle.runtime.WaitInterruptedException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Runs the code the processor generated for {@link Shapes}' actors. */
class GeneratedActorTest {
  private static final long WAIT = 30;

  @Test
  void overloadsGenericsVarargsAndInheritedMethodsAreMessages() throws Exception {
    Shapes_NotebookActor notebook = Shapes_NotebookActor.spawn(new Shapes.Notebook());
    notebook.write("a");
    notebook.write("b", 2);
    notebook.writeAll("c", "d");
    assertEquals(List.of("a", "b", "b", "c", "d"), notebook.lines().get(WAIT, TimeUnit.SECONDS));
    assertEquals("pear", notebook.max("apple", "pear").get(WAIT, TimeUnit.SECONDS));
    assertEquals(7, notebook.max(7, 3).get(WAIT, TimeUnit.SECONDS));
    List<Integer> twice = notebook.twice(4).get(WAIT, TimeUnit.SECONDS);
    assertEquals(List.of(4, 4), twice);
    assertEquals(1, notebook.bump().get(WAIT, TimeUnit.SECONDS));
    assertEquals(2, notebook.bump().get(WAIT, TimeUnit.SECONDS));
    notebook.stop().get(WAIT, TimeUnit.SECONDS);
  }

  @Test
  void aStageIsFlattenedAndItsFailureReachesTheCallerUnchanged() throws Exception {
    Shapes_NotebookActor notebook = Shapes_NotebookActor.spawn(new Shapes.Notebook());
    notebook.write("x");
    assertEquals(1, notebook.countLater().get(WAIT, TimeUnit.SECONDS));
    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> notebook.failLater("nope").get(WAIT, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, failed.getCause());
    assertEquals("nope", failed.getCause().getMessage());
    notebook.stop().get(WAIT, TimeUnit.SECONDS);
  }

  @Test
  void anAskFailsWithTheHandlersCheckedExceptionAndTheActorGoesOn() throws Exception {
    Shapes_NotebookActor notebook = Shapes_NotebookActor.spawn(new Shapes.Notebook());
    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> notebook.explode("disk full").get(WAIT, TimeUnit.SECONDS));
    assertInstanceOf(IOException.class, failed.getCause());
    assertEquals("disk full", failed.getCause().getMessage());
    notebook.write("still alive");
    assertEquals(List.of("still alive"), notebook.lines().get(WAIT, TimeUnit.SECONDS));
    assertEquals(1, notebook.stats().failed());
    notebook.stop().get(WAIT, TimeUnit.SECONDS);
  }

  @Test
  void aFailedTellGoesToOnFailureNotTheCaller() throws Exception {
    Shapes_NotebookActor notebook = Shapes_NotebookActor.spawn(new Shapes.Notebook());
    notebook.explodeQuietly("bad input"); // returns normally: nobody waits for a tell
    List<Throwable> failures = notebook.failures().get(WAIT, TimeUnit.SECONDS);
    assertEquals(1, failures.size());
    assertInstanceOf(IllegalArgumentException.class, failures.get(0));
    assertEquals("bad input", failures.get(0).getMessage());
    notebook.stop().get(WAIT, TimeUnit.SECONDS);
  }

  @Test
  void runsOnTheExecutorItIsGiven() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "my-executor"));
    try {
      AtomicReference<String> thread = new AtomicReference<>();
      Shapes_NotebookActor notebook = Shapes_NotebookActor.spawn(new Shapes.Notebook() {
        @Override
        public void write(String line) {
          thread.set(Thread.currentThread().getName());
        }
      }, executor);
      notebook.write("where am I");
      notebook.stop().get(WAIT, TimeUnit.SECONDS);
      assertEquals("my-executor", thread.get());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void stopHandlesWhatWasAcceptedAndRefusesWhatComesAfter() throws Exception {
    Shapes_NotebookActor notebook = Shapes_NotebookActor.spawn(new Shapes.Notebook());
    for (int i = 0; i < 1_000; i++) {
      notebook.write("line");
    }
    CompletableFuture<Void> stopped = notebook.stop();
    assertSame(stopped, notebook.stop());
    stopped.get(WAIT, TimeUnit.SECONDS);
    assertEquals(1_000, notebook.stats().processed());
    assertTrue(notebook.stats().stopped());
    assertThrows(ActorStoppedException.class, () -> notebook.write("too late"));
    ExecutionException refused = assertThrows(ExecutionException.class,
        () -> notebook.lines().get(WAIT, TimeUnit.SECONDS));
    assertInstanceOf(ActorStoppedException.class, refused.getCause());
  }

  @Test
  void aFullRejectingMailboxRefusesTellsAndFailsAsks() throws Exception {
    Shapes.Gate gate = new Shapes.Gate();
    Shapes_GateActor actor = Shapes_GateActor.spawn(gate);
    actor.hold();
    assertTrue(gate.entered.await(WAIT, TimeUnit.SECONDS)); // the actor is busy; the mailbox is empty
    actor.pass();
    actor.pass(); // mailbox full: 2
    assertThrows(MailboxFullException.class, actor::pass);
    ExecutionException refused = assertThrows(ExecutionException.class,
        () -> actor.handled().get(WAIT, TimeUnit.SECONDS));
    assertInstanceOf(MailboxFullException.class, refused.getCause());
    gate.release.countDown();
    // The mailbox may still be full right after the release, so ask nothing more: stop, which
    // handles what was accepted, then read the behaviour (stop's completion happens after it).
    actor.stop().get(WAIT, TimeUnit.SECONDS);
    assertEquals(3, gate.handled); // hold + two passes; the refused ones never ran
  }

  @Test
  void aFullBlockingMailboxMakesSendersWaitWithATimedAndAnInterruptibleVariant() throws Exception {
    Shapes.Turnstile turnstile = new Shapes.Turnstile();
    Shapes_TurnstileActor actor = Shapes_TurnstileActor.spawn(turnstile);
    actor.hold();
    assertTrue(turnstile.entered.await(WAIT, TimeUnit.SECONDS));
    actor.pass(); // the one slot; a timed send's timeout is TimedSendTest's, on a manual clock
    assertThrows(IllegalArgumentException.class, () -> actor.withSendTimeout(Duration.ofMillis(-1)));

    InterruptedCall blocked = InterruptedCall.interrupt(actor::pass);
    assertInstanceOf(WaitInterruptedException.class, blocked.thrown());
    assertTrue(blocked.flagSetAgain(), "the interrupt flag is set again");

    Thread waiting = new Thread(actor::pass); // waits for room, then gets in
    waiting.start();
    turnstile.release.countDown();
    waiting.join(TimeUnit.SECONDS.toMillis(WAIT));
    assertFalse(waiting.isAlive());
    assertEquals(3, actor.handled().get(WAIT, TimeUnit.SECONDS));
    actor.stop().get(WAIT, TimeUnit.SECONDS);
  }

  @Test
  void stopPolicyStopsTheActorAtItsFirstFailedTell() throws Exception {
    Shapes_FragileActor fragile = Shapes_FragileActor.spawn(new Shapes.Fragile());
    fragile.work();
    fragile.breakDown();
    fragile.termination().get(WAIT, TimeUnit.SECONDS);
    assertTrue(fragile.stats().stopped());
    assertEquals(1, fragile.stats().failed());
    assertThrows(ActorStoppedException.class, fragile::work);
  }
}
