package dev.shuttle.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkerThreadsTest {

  @Test
  void saysHowManyThreadsAndWhichKind() {
    WorkerThreads platform = WorkerThreads.platform(4);
    WorkerThreads virtual = WorkerThreads.virtual(1);

    assertEquals(4, platform.count());
    assertFalse(platform.virtual());
    assertEquals("4 platform threads", platform.toString());
    assertEquals(1, virtual.count());
    assertTrue(virtual.virtual());
    assertEquals("1 virtual thread", virtual.toString());
  }

  @Test
  void refusesAStageWithoutWorkers() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> WorkerThreads.platform(0));
    assertEquals("A pipeline stage needs at least one worker, not 0", none.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WorkerThreads.virtual(-1));
  }
}
