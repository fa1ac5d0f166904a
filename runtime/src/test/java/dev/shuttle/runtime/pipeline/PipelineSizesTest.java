package dev.shuttle.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Stage;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.testing.MapOverrideSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelineSizesTest {
  private static final String TYPE = "com.example.Ingest";
  private static final PipelineSizes.Declared FETCH = new PipelineSizes.Declared("fetch", 1, 0);
  private static final PipelineSizes.Declared PARSE = new PipelineSizes.Declared("parse", 1, 10);

  private final MapOverrideSource source = new MapOverrideSource();

  @AfterEach
  void removeOverrides() {
    source.close();
  }

  private static String queueKind(PipelineSizes sizes, int stage) {
    return sizes.queue(stage).getClass().getSimpleName();
  }

  @Test
  void theDeclaredSizesPickTheNarrowestQueues() {
    PipelineSizes sizes = PipelineSizes.configured(TYPE, 100, FETCH, PARSE);
    assertEquals(1, sizes.workers(0));
    assertEquals("MpscBoundedQueue", queueKind(sizes, 0), "anyone submits to the first stage");
    assertEquals("SpscBoundedQueue", queueKind(sizes, 1), "one worker feeds one worker");
    assertEquals(100, sizes.queue(0).capacity());
    assertEquals(10, sizes.queue(1).capacity(), "a stage's own bound");
  }

  @Test
  void moreWorkersMakeTheirQueuesMultiConsumerAndTheNextMultiProducer() {
    source.put(TYPE + "/fetch/Stage/workers", "3");
    PipelineSizes sizes = PipelineSizes.configured(TYPE, 100, FETCH, PARSE);
    assertEquals(3, sizes.workers(0));
    assertEquals("MpmcBoundedQueue", queueKind(sizes, 0));
    assertEquals("MpscBoundedQueue", queueKind(sizes, 1));
  }

  @Test
  void thePipelinesBoundOverrideReachesStagesWithoutTheirOwn() {
    source.put(TYPE + "/Pipeline/bound", "7").put(TYPE + "/parse/Stage/bound", "3");
    PipelineSizes sizes = PipelineSizes.configured(TYPE, 100, FETCH, PARSE);
    assertEquals(7, sizes.queue(0).capacity());
    assertEquals(3, sizes.queue(1).capacity());
  }

  @Test
  void tooManyWorkersFailNamingTheKeyAndTheLimit() {
    source.put(TYPE + "/parse/Stage/workers", String.valueOf(Stage.MAX_WORKERS + 1));
    OverrideException refused = assertThrows(OverrideException.class,
        () -> PipelineSizes.configured(TYPE, 100, FETCH, PARSE));
    assertEquals(TYPE + "/parse/Stage/workers", refused.key());
    assertTrue(refused.getMessage().contains(String.valueOf(Stage.MAX_WORKERS)), refused.getMessage());
  }

  @Test
  void aBoundOfZeroFailsNamingTheKey() {
    source.put(TYPE + "/Pipeline/bound", "0");
    OverrideException refused = assertThrows(OverrideException.class,
        () -> PipelineSizes.configured(TYPE, 100, FETCH, PARSE));
    assertEquals(TYPE + "/Pipeline/bound", refused.key());
  }
}
