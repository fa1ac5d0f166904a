package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sender threads that send to a {@link CounterActor} until it refuses them: tells, with an ask
 * every eighth message. Each keeps a log of what the actor accepted, so a test can check, once
 * the actor has stopped, that every accepted message was accounted for.
 */
final class RacingSenders {
  private static final int WARM_UP_TELLS = 100;

  private final Log[] logs;
  private final CountDownLatch warmedUp;
  private final CountDownLatch refused;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /** Starts {@code senders} threads sending to {@code actor}, as senders 0 to {@code senders - 1}. */
  RacingSenders(CounterActor actor, int senders, String name) {
    logs = new Log[senders];
    warmedUp = new CountDownLatch(senders);
    refused = new CountDownLatch(senders);
    for (int s = 0; s < senders; s++) {
      Log log = logs[s] = new Log();
      int sender = s;
      Thread thread = new Thread(() -> {
        try {
          log.sendUntilRefused(actor, sender);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          refused.countDown();
        }
      }, name + "-sender-" + s);
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Waits (bounded) until every sender has had {@value #WARM_UP_TELLS} tells accepted. */
  void awaitWarmedUp() throws InterruptedException {
    assertTrue(warmedUp.await(30, SECONDS), "senders did not get going");
  }

  /** Waits (bounded) until every sender has been refused, and rethrows what went wrong in one. */
  void awaitRefused() throws InterruptedException {
    assertTrue(refused.await(30, SECONDS), "senders were not refused");
    if (failure.get() != null) {
      throw new AssertionError("a sender failed", failure.get());
    }
  }

  /** Tells that returned normally, over all senders. Call after {@link #awaitRefused()}. */
  long acceptedTells() {
    long accepted = 0;
    for (Log log : logs) {
      accepted += log.acceptedTells;
    }
    return accepted;
  }

  /**
   * Checks that every ask is done, answered with its own value or refused with
   * {@link ActorStoppedException}. Call after {@link #awaitRefused()} and the actor's termination.
   */
  void assertEveryAskAnsweredOrRefused() throws Exception {
    for (Log log : logs) {
      for (int i = 0; i < log.asks.size(); i++) {
        CompletableFuture<Long> reply = log.asks.get(i);
        assertTrue(reply.isDone(), "an ask was neither answered nor refused");
        if (reply.isCompletedExceptionally()) {
          Throwable failure = assertThrows(ExecutionException.class, reply::get).getCause();
          assertInstanceOf(ActorStoppedException.class, failure);
        } else {
          assertEquals(log.askValues.get(i), reply.get());
        }
      }
    }
  }

  /** One sender's view: what it sent and whether each send was accepted. */
  private final class Log {
    long acceptedTells;
    final List<CompletableFuture<Long>> asks = new ArrayList<>();
    final List<Long> askValues = new ArrayList<>();

    void sendUntilRefused(CounterActor actor, int sender) {
      for (long n = 1; ; n++) {
        if (n % 8 == 0) {
          long value = sender * 1_000_000_000L + n;
          CompletableFuture<Long> reply = actor.echo(value);
          asks.add(reply);
          askValues.add(value);
          // A refused ask fails before ask() returns. An accepted one fails only if a STOP
          // failure refuses it later, and then the next tell is refused too.
          if (reply.isCompletedExceptionally()) {
            return;
          }
        }
        try {
          actor.count(sender, acceptedTells + 1);
        } catch (ActorStoppedException refusedTell) {
          return;
        }
        acceptedTells++;
        if (acceptedTells == WARM_UP_TELLS) {
          warmedUp.countDown();
        }
      }
    }
  }
}
