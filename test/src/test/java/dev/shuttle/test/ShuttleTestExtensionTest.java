package dev.shuttle.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.pool.PoolSpec;
import dev.shuttle.runtime.pool.TaskPool;
import dev.shuttle.runtime.pool.TaskPools;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@ShuttleTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShuttleTestExtensionTest {
  private static ManualClock firstTestsClock;

  private final ShuttleClock clockAtConstruction = ShuttleClock.current();
  private final ManualClock constructorClock;

  ShuttleTestExtensionTest(ManualClock clock) {
    this.constructorClock = clock;
  }

  @Test
  @Order(1)
  void theTestsClockIsInstalledBeforeTheInstanceIsMade(ManualClock clock) {
    assertSame(clock, ShuttleClock.current());
    assertSame(clock, clockAtConstruction, "field initializers see it");
    assertSame(clock, constructorClock);
    clock.advance(Duration.ofHours(1));
    firstTestsClock = clock;
  }

  @Test
  @Order(2)
  void eachTestHasAFreshClock(ManualClock clock) {
    assertNotSame(firstTestsClock, clock);
    assertEquals(Duration.ZERO, clock.now());
  }

  @Test
  @Order(3)
  void poolsAskedForRunOnTheTestsExecutor(ManualExecutor executor) throws Exception {
    TaskPool pool = TaskPools.shared("extension-test", PoolSpec.fixed(2));
    CompletableFuture<String> task = pool.submit(() -> CompletableFuture.completedFuture("ran"));
    assertEquals(1, executor.pending());
    executor.runAll();
    assertEquals("ran", task.get());
  }

  @AfterAll
  static void theSystemClockIsBackAfterTheTests() {
    assertSame(ShuttleClock.system(), ShuttleClock.current());
  }
}
