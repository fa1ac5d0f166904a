package dev.shuttle.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Stage;
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
    assertEquals("A pipeline stage needs 1 to 32767 workers, not 0", none.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WorkerThreads.virtual(-1));
  }

  @Test
  void refusesMoreWorkersThanTheAnnotationAllows() {
    assertEquals(Stage.MAX_WORKERS, WorkerThreads.platform(Stage.MAX_WORKERS).count());
    IllegalArgumentException tooMany =
        assertThrows(IllegalArgumentException.class, () -> WorkerThreads.virtual(Stage.MAX_WORKERS + 1));
    assertEquals("A pipeline stage needs 1 to 32767 workers, not 32768", tooMany.getMessage());
  }
}
