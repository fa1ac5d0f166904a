package dev.shuttle.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.queue.BoundedQueue;
import dev.shuttle.runtime.testing.CapturedLog;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A pipeline wired by hand as generated code wires it: parse → keep evens → print. What comes out,
 * what the counters say, how failures are routed and how close drains, stage by stage. Every wait
 * is bounded; nothing asserts on timing.
 */
@Timeout(30)
class PipelineEngineTest {
  private static final long BOUND_SECONDS = 10;

  /** parse (String → Integer, throws on junk) → evens (drops odd numbers) → sink (delivers "n!"). */
  private static final class Numbers {
    final List<String> results = new CopyOnWriteArrayList<>();
    final Sink sink = new Sink();
    final Evens evens = new Evens();
    final Parse parse = new Parse();
    final PipelineEngine engine;

    Numbers(PipelineErrorHandler onError) {
      engine = new PipelineEngine("Numbers", onError, parse, evens, sink);
    }

    final class Parse extends PipelineStage<String> {
      Parse() {
        super("parse", WorkerThreads.platform(1), BoundedQueue.mpsc(8));
      }

      @Override
      protected boolean process(String item) {
        evens.put(Integer.parseInt(item));
        return DONE;
      }
    }

    final class Evens extends PipelineStage<Integer> {
      Evens() {
        super("evens", WorkerThreads.platform(2), BoundedQueue.spmc(8));
      }

      @Override
      protected boolean process(Integer item) {
        if (item % 2 != 0) {
          return FILTERED;
        }
        sink.put(item);
        return DONE;
      }
    }

    final class Sink extends PipelineStage<Integer> {
      Consumer<String> consumer = results::add;

      Sink() {
        super("sink", WorkerThreads.platform(1), BoundedQueue.mpsc(8));
      }

      @Override
      protected boolean process(Integer item) {
        deliver(consumer, item + "!");
        return DONE;
      }
    }
  }

  @Test
  void itemsGoThroughEveryStageAndCloseReturnsExactStats() throws Exception {
    Numbers numbers = new Numbers((item, error, stage) -> {});
    numbers.engine.start();
    for (int i = 1; i <= 6; i++) {
      numbers.parse.submit(Integer.toString(i));
    }
    numbers.parse.submit("junk");
    PipelineStats stats = numbers.engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);

    assertEquals(List.of("2!", "4!", "6!"), numbers.results.stream().sorted().toList());
    assertEquals("Numbers", stats.pipeline());
    assertEquals(7, stats.submitted());
    assertEquals(3, stats.completed());
    assertEquals(3, stats.filtered());
    assertEquals(1, stats.failed());
    assertTrue(stats.closed());
    assertEquals(0, stats.pending());
    assertEquals(0, stats.expanded());
    assertEquals(List.of("parse", "evens", "sink"), stats.stages().stream().map(StageStats::name).toList());

    StageStats parse = stats.stage("parse");
    assertEquals(1, parse.workers());
    assertEquals(8, parse.capacity());
    assertEquals(0, parse.queued());
    assertEquals(7, parse.received());
    assertEquals(6, parse.completed());
    assertEquals(1, parse.failed());
    assertEquals(0, parse.filtered());
    assertEquals(6, parse.emitted(), "what the next queue was offered");
    assertEquals(0, parse.inFlight());

    StageStats evens = stats.stage("evens");
    assertEquals(2, evens.workers());
    assertEquals(6, evens.received());
    assertEquals(3, evens.completed());
    assertEquals(3, evens.filtered());
    assertEquals(3, evens.emitted());

    StageStats sink = stats.stage("sink");
    assertEquals(3, sink.received());
    assertEquals(3, sink.completed());
    assertEquals(3, sink.emitted(), "the last stage emits what it delivered");
    assertThrows(IllegalArgumentException.class, () -> stats.stage("nope"));
  }

  @Test
  void aFailedItemGoesToTheHandlerWithItsStageAndTheWorkerGoesOn() throws Exception {
    List<String> failures = new CopyOnWriteArrayList<>();
    AtomicReference<Throwable> error = new AtomicReference<>();
    Numbers numbers = new Numbers((item, failure, stage) -> {
      failures.add(stage + ":" + item);
      error.set(failure);
    });
    numbers.engine.start();
    numbers.parse.submit("x");
    numbers.parse.submit("2");
    numbers.engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertEquals(List.of("parse:x"), failures);
    assertTrue(error.get() instanceof NumberFormatException);
    assertEquals(List.of("2!"), numbers.results);
  }

  @Test
  void aHandlerThatThrowsDoesNotStopTheWorker() throws Exception {
    Numbers numbers = new Numbers((item, failure, stage) -> {
      throw new IllegalStateException("handler broke");
    });
    numbers.engine.start();
    numbers.parse.submit("x");
    numbers.parse.submit("4");
    PipelineStats stats = numbers.engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertEquals(List.of("4!"), numbers.results);
    assertEquals(1, stats.failed());
  }

  @Test
  void withoutAHandlerFailuresAreLoggedAndTheWorkerGoesOn() throws Exception {
    Numbers numbers = new Numbers(null);
    numbers.engine.start();
    numbers.parse.submit("x");
    numbers.parse.submit("8");
    PipelineStats stats = numbers.engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertEquals(List.of("8!"), numbers.results);
    assertEquals(1, stats.failed());
  }

  @Test
  void aConsumerThatThrowsFailsTheItemAndIsNotCountedAsDelivered() throws Exception {
    Numbers numbers = new Numbers((item, failure, stage) -> {});
    numbers.sink.consumer = result -> {
      throw new IllegalArgumentException(result);
    };
    numbers.engine.start();
    numbers.parse.submit("2");
    PipelineStats stats = numbers.engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    StageStats sink = stats.stage("sink");
    assertEquals(1, sink.failed());
    assertEquals(0, sink.completed());
    assertEquals(0, sink.emitted());
  }

  @Test
  void submitsAfterCloseAreRefused() throws Exception {
    Numbers numbers = new Numbers(null);
    numbers.engine.start();
    CompletableFuture<PipelineStats> closing = numbers.engine.close();
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> numbers.parse.submit("2"));
    assertEquals("Pipeline Numbers is closed: it accepts no more items", refused.getMessage());
    assertThrows(IllegalStateException.class, () -> numbers.parse.offer("2", Duration.ZERO));
    assertSame(closing, numbers.engine.close(), "close is idempotent: the same future");
    assertEquals(0, closing.get(BOUND_SECONDS, TimeUnit.SECONDS).submitted());
  }

  @Test
  void nullsAreRefusedWithTheStageInTheMessage() {
    Numbers numbers = new Numbers(null);
    assertThrows(NullPointerException.class, () -> numbers.parse.submit(null));
    assertThrows(NullPointerException.class, () -> numbers.parse.offer(null, Duration.ZERO));
    NullPointerException handed = assertThrows(NullPointerException.class, () -> numbers.evens.put(null));
    assertTrue(handed.getMessage().startsWith("Stage 'evens' was handed null"), handed.getMessage());
    NullPointerException returned = assertThrows(NullPointerException.class,
        () -> numbers.sink.<String>deliver(numbers.results::add, null));
    assertTrue(returned.getMessage().startsWith("Stage 'sink' returned null"), returned.getMessage());
    assertEquals(List.of(), numbers.results);
  }

  @Test
  void aNegativeOfferTimeoutIsRefused() {
    Numbers numbers = new Numbers(null);
    assertThrows(IllegalArgumentException.class, () -> numbers.parse.offer("1", Duration.ofNanos(-1)));
  }

  @Test
  void aPipelineNeedsAStageAndAStageOnePipeline() {
    assertThrows(IllegalArgumentException.class, () -> new PipelineEngine("Empty"));
    Numbers numbers = new Numbers(null);
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> new PipelineEngine("Other", numbers.parse));
    assertEquals("stage parse already belongs to a pipeline", twice.getMessage());
  }

  @Test
  void workersAreNamedDaemonThreads() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Thread> worker = new AtomicReference<>();
    PipelineStage<String> only = new PipelineStage<>("hold", WorkerThreads.platform(1), BoundedQueue.mpsc(2)) {
      @Override
      protected boolean process(String item) throws Exception {
        worker.set(Thread.currentThread());
        inside.countDown();
        assertTrue(release.await(BOUND_SECONDS, TimeUnit.SECONDS));
        return DONE;
      }
    };
    PipelineEngine engine = new PipelineEngine("Holder", only);
    engine.start();
    only.submit("a");
    assertTrue(inside.await(BOUND_SECONDS, TimeUnit.SECONDS));
    assertEquals("shuttle-Holder-hold-1", worker.get().getName());
    assertTrue(worker.get().isDaemon());
    assertEquals("hold", only.name());
    StageStats live = engine.stats().stage("hold");
    assertEquals(1, live.inFlight());
    assertFalse(engine.stats().closed());
    release.countDown();
    engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
  }

  @Test
  void aFullFirstQueueMakesOfferWaitThenGiveUp() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inside = new CountDownLatch(1);
    PipelineStage<String> only = new PipelineStage<>("slow", WorkerThreads.platform(1), BoundedQueue.mpsc(1)) {
      @Override
      protected boolean process(String item) throws Exception {
        inside.countDown();
        assertTrue(release.await(BOUND_SECONDS, TimeUnit.SECONDS));
        return DONE;
      }
    };
    PipelineEngine engine = new PipelineEngine("Slow", only);
    engine.start();
    only.submit("a");
    assertTrue(inside.await(BOUND_SECONDS, TimeUnit.SECONDS)); // the worker holds "a"
    assertTrue(only.offer("b", Duration.ZERO)); // the queue's one place
    assertFalse(only.offer("c", Duration.ofMillis(1)));
    release.countDown();
    assertTrue(only.offer("c", Duration.ofSeconds(Long.MAX_VALUE)), "a timeout beyond nanos waits as long as it takes");
    PipelineStats stats = engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertEquals(3, stats.submitted());
    assertEquals(3, stats.completed());
  }

  @Test
  void anInterruptedSubmitOnAFullQueueThrowsAndKeepsTheFlag() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inside = new CountDownLatch(1);
    PipelineStage<String> only = new PipelineStage<>("slow", WorkerThreads.platform(1), BoundedQueue.mpsc(1)) {
      @Override
      protected boolean process(String item) throws Exception {
        inside.countDown();
        assertTrue(release.await(BOUND_SECONDS, TimeUnit.SECONDS));
        return DONE;
      }
    };
    PipelineEngine engine = new PipelineEngine("Slow", only);
    engine.start();
    only.submit("a");
    assertTrue(inside.await(BOUND_SECONDS, TimeUnit.SECONDS));
    only.submit("b");
    Thread.currentThread().interrupt();
    try {
      WaitInterruptedException interrupted = assertThrows(WaitInterruptedException.class, () -> only.submit("c"));
      assertTrue(interrupted.getMessage().contains("stage 'slow' of pipeline Slow"), interrupted.getMessage());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
    release.countDown();
    PipelineStats stats = engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertEquals(2, stats.submitted());
  }

  @Test
  void aSubmitWaitingForRoomIsRefusedWhenThePipelineCloses() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inside = new CountDownLatch(1);
    PipelineStage<String> only = new PipelineStage<>("slow", WorkerThreads.platform(1), BoundedQueue.mpsc(1)) {
      @Override
      protected boolean process(String item) throws Exception {
        inside.countDown();
        assertTrue(release.await(BOUND_SECONDS, TimeUnit.SECONDS));
        return DONE;
      }
    };
    PipelineEngine engine = new PipelineEngine("Slow", only);
    engine.start();
    only.submit("a");
    assertTrue(inside.await(BOUND_SECONDS, TimeUnit.SECONDS));
    only.submit("b");
    AtomicReference<Throwable> refused = new AtomicReference<>();
    Thread submitter = new Thread(() -> {
      try {
        only.submit("c");
      } catch (Throwable t) {
        refused.set(t);
      }
    });
    submitter.setDaemon(true);
    submitter.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    while (submitter.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.yield();
    }
    CompletableFuture<PipelineStats> closing = engine.close();
    submitter.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
    assertFalse(submitter.isAlive());
    assertEquals("Pipeline Slow is closed: it accepts no more items", refused.get().getMessage());
    release.countDown();
    assertEquals(2, closing.get(BOUND_SECONDS, TimeUnit.SECONDS).completed());
  }

  @Test
  void aFullInnerQueueMakesTheStageBeforeWait() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> out = new CopyOnWriteArrayList<>();
    PipelineStage<String> last = new PipelineStage<>("last", WorkerThreads.platform(1), BoundedQueue.spsc(1)) {
      @Override
      protected boolean process(String item) throws Exception {
        assertTrue(release.await(BOUND_SECONDS, TimeUnit.SECONDS));
        out.add(item);
        return DONE;
      }
    };
    PipelineStage<String> first = new PipelineStage<>("first", WorkerThreads.platform(1), BoundedQueue.spsc(4)) {
      @Override
      protected boolean process(String item) {
        last.put(item);
        return DONE;
      }
    };
    PipelineEngine engine = new PipelineEngine("Chain", first, last);
    engine.start();
    for (String item : List.of("a", "b", "c", "d")) {
      first.submit(item);
    }
    release.countDown();
    PipelineStats stats = engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertEquals(List.of("a", "b", "c", "d"), out);
    assertEquals(4, stats.completed());
    assertEquals(4, stats.stage("first").emitted());
  }

  @Test
  void withoutAHandlerAFailureIsLoggedWithTheStageAndTheException() throws Exception {
    Numbers numbers = new Numbers(null);
    List<LogRecord> records = capturePipelineLog(() -> {
      numbers.engine.start();
      numbers.parse.submit("x");
      numbers.engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    });
    assertEquals(1, records.size());
    assertEquals(Level.WARNING, records.get(0).getLevel());
    assertEquals("Pipeline Numbers: stage 'parse' failed on an item", records.get(0).getMessage());
    assertTrue(records.get(0).getThrown() instanceof NumberFormatException);
  }

  @Test
  void aHandlerThatThrowsIsLoggedWithTheItemsFailureSuppressed() throws Exception {
    IllegalStateException broke = new IllegalStateException("handler broke");
    Numbers numbers = new Numbers((item, failure, stage) -> {
      throw broke;
    });
    List<LogRecord> records = capturePipelineLog(() -> {
      numbers.engine.start();
      numbers.parse.submit("x");
      numbers.engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    });
    assertEquals(1, records.size());
    assertEquals("Pipeline Numbers: the @OnError handler itself failed", records.get(0).getMessage());
    assertSame(broke, records.get(0).getThrown());
    assertTrue(broke.getSuppressed()[0] instanceof NumberFormatException);
  }

  @Test
  void expandingStagesAreCountedAsExpandedAndNothingIsLeftPending() throws Exception {
    List<String> out = new CopyOnWriteArrayList<>();
    PipelineStage<String> last = new PipelineStage<>("letters", WorkerThreads.platform(1), BoundedQueue.mpsc(16)) {
      @Override
      protected boolean process(String item) {
        for (char c : item.toCharArray()) {
          deliver(out::add, String.valueOf(c)); // one item in, several results out
        }
        return item.isEmpty() ? FILTERED : DONE;
      }
    };
    PipelineStage<String> first = new PipelineStage<>("words", WorkerThreads.platform(1), BoundedQueue.spsc(16)) {
      @Override
      protected boolean process(String item) {
        for (String word : item.split(" ")) {
          last.put(word);
        }
        return DONE;
      }
    };
    PipelineEngine engine = new PipelineEngine("Expand", first, last);
    engine.start();
    first.submit("ab cde");
    PipelineStats stats = engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertEquals(List.of("a", "b", "c", "d", "e"), out);
    assertEquals(2, stats.stage("words").emitted());
    assertEquals(1, stats.stage("words").completed());
    assertEquals(5, stats.stage("letters").emitted(), "the last stage emits what it delivered");
    assertEquals(2, stats.stage("letters").completed());
    assertEquals(4, stats.expanded(), "1 item became 2 words, 2 words became 5 letters");
    assertEquals(1, stats.submitted());
    assertEquals(5, stats.completed());
    assertEquals(0, stats.pending());
    assertEquals(0, stats.stage("letters").inFlight());
  }

  @Test
  void aTimedOfferThatWaitedForRoomReportsItWasAccepted() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inside = new CountDownLatch(1);
    PipelineStage<String> only = new PipelineStage<>("slow", WorkerThreads.platform(1), BoundedQueue.mpsc(1)) {
      @Override
      protected boolean process(String item) throws Exception {
        inside.countDown();
        assertTrue(release.await(BOUND_SECONDS, TimeUnit.SECONDS));
        return DONE;
      }
    };
    PipelineEngine engine = new PipelineEngine("Slow", only);
    engine.start();
    only.submit("a");
    assertTrue(inside.await(BOUND_SECONDS, TimeUnit.SECONDS));
    only.submit("b"); // the queue is full now
    AtomicReference<Boolean> accepted = new AtomicReference<>();
    Thread offerer = new Thread(() -> accepted.set(only.offer("c", Duration.ofSeconds(BOUND_SECONDS))));
    offerer.setDaemon(true);
    offerer.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    while (offerer.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.yield(); // until it waits for room
    }
    release.countDown();
    offerer.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
    assertEquals(Boolean.TRUE, accepted.get());
    assertEquals(3, engine.close().get(BOUND_SECONDS, TimeUnit.SECONDS).completed());
  }

  /** What the pipeline logged while body ran, off the console. */
  private static List<LogRecord> capturePipelineLog(CapturedLog.Body<Exception> body) throws Exception {
    return CapturedLog.capture("dev.shuttle.pipeline", body);
  }
}
