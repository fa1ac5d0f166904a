package dev.shuttle.examples.pipeline;

import static dev.shuttle.examples.pipeline.Pipelines.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.pipeline.PipelineStats;
import dev.shuttle.runtime.pipeline.StageStats;
import dev.shuttle.runtime.WaitInterruptedException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Runs the code the processor generated for {@link Pipelines}. */
class GeneratedPipelineTest {

  @Test
  void aFullQueueBlocksSubmitUntilTheStageDrainsIt() throws Exception {
    Pipelines.Gate gate = new Pipelines.Gate();
    Pipelines_GatePipeline pipeline = Pipelines_GatePipeline.start(gate);
    pipeline.submit(1);
    assertTrue(gate.entered.await(WAIT_SECONDS, TimeUnit.SECONDS)); // the worker holds item 1
    pipeline.submit(2);
    pipeline.submit(3); // the queue (bound = 2) is now full
    assertFalse(pipeline.offer(4, Duration.ZERO), "a full queue must refuse a non-waiting offer");

    CountDownLatch submitted = new CountDownLatch(1);
    Thread producer = new Thread(() -> {
      pipeline.submit(4);
      submitted.countDown();
    }, "producer");
    producer.start();
    awaitState(producer, Thread.State.WAITING); // parked: backpressure
    assertEquals(1, submitted.getCount());
    assertEquals(2, pipeline.stats().stage("hold").queued());

    gate.open.countDown();
    assertTrue(submitted.await(WAIT_SECONDS, TimeUnit.SECONDS), "submit must resume once the stage drains the queue");
    PipelineStats stats = pipeline.close().get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertEquals(List.of(1, 2, 3, 4), gate.passed);
    assertEquals(4, stats.submitted());
    assertEquals(4, stats.completed());
  }

  @Test
  void anInterruptedSubmitGivesUpAndKeepsTheFlag() throws Exception {
    Pipelines.Gate gate = new Pipelines.Gate();
    Pipelines_GatePipeline pipeline = Pipelines_GatePipeline.start(gate);
    pipeline.submit(1);
    assertTrue(gate.entered.await(WAIT_SECONDS, TimeUnit.SECONDS));
    pipeline.submit(2);
    pipeline.submit(3);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flagSet = new AtomicReference<>();
    Thread producer = new Thread(() -> {
      try {
        pipeline.submit(4);
      } catch (Throwable t) {
        thrown.set(t);
        flagSet.set(Thread.currentThread().isInterrupted());
      }
    });
    producer.start();
    awaitState(producer, Thread.State.WAITING);
    producer.interrupt();
    producer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    assertInstanceOf(WaitInterruptedException.class, thrown.get());
    assertTrue(flagSet.get());
    gate.open.countDown();
    assertEquals(3, pipeline.close().get(WAIT_SECONDS, TimeUnit.SECONDS).completed());
  }

  @Test
  void closeDrainsEverythingAcceptedAndRefusesWhatComesAfter() throws Exception {
    Pipelines.Checksum checksum = new Pipelines.Checksum();
    Pipelines_ChecksumPipeline pipeline = Pipelines_ChecksumPipeline.start(checksum);
    long expected = 0;
    for (long n = 1; n <= 1_000; n++) {
      pipeline.submit(n);
      expected += n % 100 == 0 ? 0 : n * 3 + 1;
    }
    CompletableFuture<PipelineStats> closed = pipeline.close();
    assertSame(closed, pipeline.close());
    PipelineStats stats = closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertEquals(expected, checksum.sum.get());
    assertEquals(1_000, stats.submitted());
    assertEquals(990, stats.completed());
    assertEquals(10, stats.failed());
    assertEquals(0, stats.pending());
    assertTrue(stats.closed());
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> pipeline.submit(1L));
    assertTrue(refused.getMessage().contains("Pipeline Pipelines_Checksum is closed"), refused.getMessage());
    assertThrows(IllegalStateException.class, () -> pipeline.offer(1L, Duration.ofSeconds(1)));
  }

  @Test
  void failuresGoToOnErrorFilteredItemsAreCountedAndExpansionsPassEachElement() throws Exception {
    Pipelines.Digits digits = new Pipelines.Digits();
    ConcurrentLinkedQueue<String> labels = new ConcurrentLinkedQueue<>();
    Pipelines_DigitsPipeline pipeline = Pipelines_DigitsPipeline.start(digits, labels::add);
    for (String text : List.of("12", "x", "7", "0", "408", "y")) {
      pipeline.submit(text);
    }
    PipelineStats stats = pipeline.close().get(WAIT_SECONDS, TimeUnit.SECONDS);

    assertEquals(Set.of("parse:x:NumberFormatException", "parse:y:NumberFormatException"), Set.copyOf(digits.failures));
    assertEquals(new TreeSet<>(List.of("d1", "d2", "d4", "d0", "d8")), new TreeSet<>(labels));
    assertEquals(List.of("d1", "d2", "d4", "d0", "d8").size(), labels.size());

    StageStats parse = stats.stage("parse");
    assertEquals(6, parse.received());
    assertEquals(4, parse.completed());
    assertEquals(2, parse.failed());
    StageStats even = stats.stage("even");
    assertEquals(1, even.filtered()); // 7
    assertEquals(3, even.completed()); // 12, 0, 408
    StageStats expand = stats.stage("digits");
    assertEquals(1, expand.filtered()); // 0 expands into nothing
    assertEquals(2, expand.completed());
    assertEquals(5, expand.emitted()); // 1, 2, 4, 0, 8
    assertEquals(4, stats.stage("label").capacity()); // @Stage(bound = 4) overrides @Pipeline(bound = 16)
    assertEquals(16, stats.stage("even").capacity());

    assertEquals(6, stats.submitted());
    assertEquals(5, stats.completed());
    assertEquals(2, stats.failed());
    assertEquals(2, stats.filtered());
    assertEquals(3, stats.expanded());
    assertEquals(stats.submitted() + stats.expanded(), stats.completed() + stats.filtered() + stats.failed());
    for (StageStats stage : stats.stages()) {
      assertEquals(stage.received(), stage.completed() + stage.filtered() + stage.failed(), stage.name());
      assertEquals(0, stage.queued(), stage.name());
    }
  }

  @Test
  void workerThreadsAreNamedAfterThePipelineAndStage() throws Exception {
    Pipelines.Digits digits = new Pipelines.Digits();
    Pipelines_DigitsPipeline pipeline = Pipelines_DigitsPipeline.start(digits, label -> {});
    for (int i = 0; i < 200; i++) {
      pipeline.submit(String.valueOf(i));
    }
    pipeline.close().get(WAIT_SECONDS, TimeUnit.SECONDS);
    for (String name : digits.workerThreads) {
      assertTrue(name.matches("shuttle-Pipelines_Digits-parse-[12]"), name);
    }
  }

  @Test
  void aVirtualStageRunsOnVirtualThreadsWhereTheJdkHasThem() throws Exception {
    Pipelines.Lookup lookup = new Pipelines.Lookup();
    Pipelines_LookupPipeline pipeline = Pipelines_LookupPipeline.start(lookup);
    pipeline.submit("key");
    pipeline.close().get(WAIT_SECONDS, TimeUnit.SECONDS);
    Thread worker = lookup.worker;
    assertEquals("shuttle-Pipelines_Lookup-lookUp-1", worker.getName());
    Method isVirtual = isVirtualMethod();
    if (Runtime.version().feature() >= 21) {
      assertTrue((Boolean) isVirtual.invoke(worker), "JDK " + Runtime.version() + " has virtual threads");
    } else {
      assertTrue(isVirtual == null || !(Boolean) isVirtual.invoke(worker));
      assertTrue(worker.isDaemon());
    }
  }

  /**
   * Exact accounting under load: 1,000,000 items through three stages with several workers each
   * and 1% injected failures. Bounded by item count, not time.
   */
  @Test
  void accountingIsExactUnderAStressRun() throws Exception {
    int items = 1_000_000;
    Pipelines.Checksum checksum = new Pipelines.Checksum();
    Pipelines_ChecksumPipeline pipeline = Pipelines_ChecksumPipeline.start(checksum);
    Thread[] producers = new Thread[2];
    long expectedSum = 0;
    for (long n = 1; n <= items; n++) {
      expectedSum += n % 100 == 0 ? 0 : n * 3 + 1;
    }
    for (int p = 0; p < producers.length; p++) {
      int first = p + 1;
      producers[p] = new Thread(() -> {
        for (long n = first; n <= items; n += producers.length) {
          pipeline.submit(n);
        }
      }, "producer-" + p);
      producers[p].start();
    }
    for (Thread producer : producers) {
      producer.join(TimeUnit.SECONDS.toMillis(120));
      assertFalse(producer.isAlive(), "producer stuck");
    }
    PipelineStats stats = pipeline.close().get(120, TimeUnit.SECONDS);

    assertEquals(items, stats.submitted());
    assertEquals(items / 100, stats.failed());
    assertEquals(items / 100, checksum.failures.get());
    assertEquals(items - items / 100, stats.completed());
    assertEquals(stats.submitted(), stats.completed() + stats.filtered() + stats.failed());
    assertEquals(expectedSum, checksum.sum.get());
    for (StageStats stage : stats.stages()) {
      assertEquals(stage.received(), stage.completed() + stage.filtered() + stage.failed(), stage.name());
      assertEquals(0, stage.inFlight(), stage.name());
    }
  }

  private static Method isVirtualMethod() {
    try {
      return Thread.class.getMethod("isVirtual"); // JDK 21+; looked up as the runtime does
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Waits until {@code thread} parks (bounded; no sleep). */
  private static void awaitState(Thread thread, Thread.State state) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (thread.getState() != state) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(thread.getName() + " never reached " + state + ", it is " + thread.getState());
      }
      Thread.onSpinWait();
    }
  }
}
