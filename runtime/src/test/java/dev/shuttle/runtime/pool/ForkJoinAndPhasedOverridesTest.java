package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shuttle.ForkJoin;
import dev.shuttle.Phased;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.phased.PhasedParties;
import dev.shuttle.runtime.testing.MapOverrideSource;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ForkJoinAndPhasedOverridesTest {
  private final MapOverrideSource source = new MapOverrideSource();

  @AfterEach
  void removeOverrides() {
    source.close();
  }

  @Test
  void aThresholdOverrideIsUsedAndZeroMeansAuto() {
    String path = "com.example.Sums/sum/ForkJoin";
    assertEquals(10_000, ForkJoins.configuredThreshold(path, 10_000));
    source.put(path + "/threshold", "0");
    int threshold = ForkJoins.configuredThreshold(path, 10_000);
    assertEquals(ForkJoin.AUTO, threshold);
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      assertEquals(1_000 / 8, ForkJoins.leafSize(pool, 1_000, threshold), "four leaves per worker");
      assertEquals(300, ForkJoins.leafSize(pool, 1_000, 300));
    } finally {
      pool.shutdown();
    }
    source.put(path + "/threshold", "-1");
    assertThrows(OverrideException.class, () -> ForkJoins.configuredThreshold(path, 10_000));
  }

  @Test
  void aParallelismOverrideGivesTheMethodAPoolOfItsOwnOnce() {
    String path = "com.example.Sums/fill" + System.nanoTime() + "/ForkJoin";
    source.put(path + "/parallelism", "3");
    ForkJoinPool pool = ForkJoins.configuredPool(path, "Sums.fill", 0);
    assertNotSame(ForkJoinPool.commonPool(), pool);
    assertEquals(3, pool.getParallelism());
    assertSame(pool, ForkJoins.configuredPool(path, "Sums.fill", 0), "one pool per method and process");
  }

  @Test
  void aParallelismOfZeroIsTheCommonPool() {
    String path = "com.example.Sums/total" + System.nanoTime() + "/ForkJoin";
    assertSame(ForkJoinPool.commonPool(), ForkJoins.configuredPool(path, "Sums.total", 0));
  }

  @Test
  void aParallelismAboveTheLimitFailsNamingTheKey() {
    String path = "com.example.Sums/big" + System.nanoTime() + "/ForkJoin";
    source.put(path + "/parallelism", String.valueOf(ForkJoin.MAX_PARALLELISM + 1));
    OverrideException refused = assertThrows(OverrideException.class, () -> ForkJoins.configuredPool(path, "x", 0));
    assertEquals(path + "/parallelism", refused.key());
  }

  @Test
  void phasedPartiesAreOverriddenAndZeroIsOnePerProcessor() {
    String type = "com.example.Simulation";
    assertEquals(4, PhasedParties.configuredParties(type, 4));
    source.put(type + "/Phased/parties", "0");
    assertEquals(Runtime.getRuntime().availableProcessors(), PhasedParties.configuredParties(type, 4));
    source.put(type + "/Phased/parties", String.valueOf(Phased.MAX_PARTIES + 1));
    OverrideException refused = assertThrows(OverrideException.class, () -> PhasedParties.configuredParties(type, 4));
    assertEquals(type + "/Phased/parties", refused.key());
  }
}
