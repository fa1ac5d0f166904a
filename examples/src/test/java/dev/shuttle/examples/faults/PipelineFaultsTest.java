package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shuttle.runtime.pipeline.PipelineStats;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A fault in a stage sends its item to {@code @OnError}, and the worker takes the next item. */
class PipelineFaultsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final long WAIT = 30;

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aStagesFaultGoesToOnErrorUnchangedAndTheWorkerGoesOn(Fault fault) {
    assertEveryItemAccountedFor(fault, false);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void anOnErrorThatRethrowsIsLoggedAndTheWorkerGoesOn(Fault fault) {
    assertEveryItemAccountedFor(fault, true);
  }

  /** Three faults and three good items through queues of one: each failed item gave its slot back. */
  private static void assertEveryItemAccountedFor(Fault fault, boolean rethrow) {
    FaultyPipelines.Line line = new FaultyPipelines.Line();
    line.rethrow = rethrow;
    FaultyPipelines_LinePipeline pipeline = FaultyPipelines_LinePipeline.start(line);
    assertTimeoutPreemptively(BOUND, () -> {
      try (CapturedLog log = CapturedLog.of("dev.shuttle.pipeline")) {
        for (int i = 0; i < 3; i++) {
          pipeline.submit(fault::raise);
          pipeline.submit(Work.PASS);
        }
        PipelineStats stats = pipeline.close().get(WAIT, TimeUnit.SECONDS);
        assertEquals(6, stats.submitted());
        assertEquals(3, stats.completed());
        assertEquals(3, stats.failed());
        assertEquals(0, stats.pending());
        assertEquals(3, line.errors.size());
        assertSame(line.thrown.get(), line.errors.get(2));
        assertEquals(rethrow ? line.errors : List.of(), log.thrown(), "a failing @OnError is logged, with what it threw");
      }
    });
  }

  /** An interrupt from outside reaches the item being worked on, and it alone. */
  @Test
  void anInterruptFromOutsideFailsTheItemItCameDuringAndNotTheNext() {
    assertTheNextItemStartsUninterrupted(false);
  }

  @Test
  void anInterruptAStageKeptIsNotLeftForTheNextItem() {
    assertTheNextItemStartsUninterrupted(true);
  }

  private static void assertTheNextItemStartsUninterrupted(boolean kept) {
    FaultyPipelines.Line line = new FaultyPipelines.Line();
    FaultyPipelines_LinePipeline pipeline = FaultyPipelines_LinePipeline.start(line);
    Blocker blocker = new Blocker();
    List<Boolean> interrupted = new CopyOnWriteArrayList<>();
    assertTimeoutPreemptively(BOUND, () -> {
      pipeline.submit(kept ? thrown -> blocker.holdThroughInterrupt() : thrown -> blocker.hold());
      pipeline.submit(thrown -> interrupted.add(Thread.currentThread().isInterrupted())); // the same worker, next
      blocker.interruptWorker();
      if (kept) {
        blocker.releaseOnceNoticed();
      }
      PipelineStats stats = pipeline.close().get(WAIT, TimeUnit.SECONDS);
      assertEquals(List.of(false), interrupted, "the next item started with the interrupt flag set");
      assertEquals(kept ? 0 : 1, stats.failed());
      if (!kept) {
        assertInstanceOf(InterruptedException.class, line.errors.get(0));
      }
      assertEquals(0, stats.pending());
    });
  }
}
