package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * One actor on {@link Actors#defaultExecutor()} under many senders: nothing lost, nothing
 * duplicated, each sender's messages handled in the order it sent them, and never two handlers
 * at once (the actor's single-threaded contract, which its handlers rely on without locks).
 */
class ActorCellStressTest {
  private static final int SENDERS = 4;

  @Test
  void fourMillionTellsAreHandledOnceInOrderOneAtATime() throws Exception {
    int tellsPerSender = 1_000_000;
    CounterActor actor = new CounterActor(CounterActor.unbounded(), Actors.defaultExecutor(), SENDERS);

    runSenders("teller", sender -> {
      for (long seq = 1; seq <= tellsPerSender; seq++) {
        actor.count(sender, seq);
      }
    });
    actor.stop().get(60, SECONDS); // handles everything accepted before; happens-after every handler

    assertEquals((long) SENDERS * tellsPerSender, actor.counted);
    assertEquals(0, actor.outOfOrder, "messages handled out of their sender's order");
    long[] expectedLast = new long[SENDERS];
    Arrays.fill(expectedLast, tellsPerSender);
    assertArrayEquals(expectedLast, actor.lastSeq);
    assertEquals(0, actor.overlaps(), "handlers that ran while another was running");
    assertEquals(0, actor.stats().mailboxSize());
    assertEquals((long) SENDERS * tellsPerSender, actor.stats().processed());
  }

  @Test
  void asksUnderContentionCompleteWithTheirOwnValue() throws Exception {
    int asksPerSender = 50_000;
    CounterActor actor = new CounterActor(CounterActor.unbounded(), Actors.defaultExecutor(), SENDERS);
    List<List<CompletableFuture<Long>>> replies = new ArrayList<>();
    for (int s = 0; s < SENDERS; s++) {
      replies.add(new ArrayList<>(asksPerSender));
    }

    runSenders("asker", sender -> {
      List<CompletableFuture<Long>> mine = replies.get(sender);
      for (int i = 0; i < asksPerSender; i++) {
        mine.add(actor.echo(valueOf(sender, i)));
        actor.count(sender, i + 1); // tells interleaved with the asks
      }
    });

    for (int sender = 0; sender < SENDERS; sender++) {
      List<CompletableFuture<Long>> mine = replies.get(sender);
      for (int i = 0; i < asksPerSender; i++) {
        assertEquals(valueOf(sender, i), mine.get(i).get(30, SECONDS));
      }
    }
    actor.stop().get(30, SECONDS);
    assertEquals((long) SENDERS * asksPerSender, actor.echoed);
    assertEquals((long) SENDERS * asksPerSender, actor.counted);
    assertEquals(0, actor.outOfOrder);
    assertEquals(0, actor.overlaps());
  }

  @Test
  void sendingAsTheActorGoesIdleNeverLosesAWakeup() throws Exception {
    // One caller, so no other send can rescue a lost one: it spins for each reply and sends the
    // next ask at once, as the actor runs out of mail and goes idle, on the real executor. A
    // send that slips in between the actor's last look at its mailbox and going idle would never
    // be answered. That window is a few instructions wide, so this hunts for it;
    // ActorCellLincheckTest explores it exhaustively.
    int roundTrips = 100_000;
    CounterActor actor = new CounterActor(CounterActor.unbounded(), Actors.defaultExecutor(), 1);

    long deadline = System.nanoTime() + SECONDS.toNanos(60); // a bound against a lost wakeup
    for (int i = 0; i < roundTrips; i++) {
      CompletableFuture<Long> reply = actor.echo(i);
      while (!reply.isDone()) {
        if (System.nanoTime() - deadline > 0) {
          fail("ask " + i + " was never answered");
        }
        Thread.onSpinWait();
      }
      assertEquals(i, reply.join());
    }

    actor.stop().get(30, SECONDS);
    assertEquals(roundTrips, actor.echoed);
  }

  private static long valueOf(int sender, int i) {
    return sender * 1_000_000_000L + i;
  }

  interface Sender {
    void send(int sender) throws Exception;
  }

  /** Runs one thread per sender, released together, and waits (bounded) for all of them. */
  static void runSenders(String name, Sender body) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(SENDERS);
    AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    for (int s = 0; s < SENDERS; s++) {
      int sender = s;
      Thread thread = new Thread(() -> {
        try {
          start.await();
          body.send(sender);
        } catch (Throwable t) {
          firstFailure.compareAndSet(null, t);
        } finally {
          done.countDown();
        }
      }, name + "-" + s);
      thread.setDaemon(true);
      thread.start();
    }
    start.countDown();
    assertTrue(done.await(120, SECONDS), "senders did not finish");
    if (firstFailure.get() != null) {
      throw new AssertionError("a sender failed", firstFailure.get());
    }
  }
}
