package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Overflow;
import dev.shuttle.Sizing;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.testing.MapOverrideSource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoolAndRaceOverridesTest {
  private final MapOverrideSource source = new MapOverrideSource();

  @AfterEach
  void removeOverrides() {
    source.close();
  }

  @Test
  void threadsMakeAPoolFixedAndQueueIsKeptOrOverridden() {
    source.put("Pool/io/threads", "12").put("Pool/io/queue", "50");
    PoolSpec configured = PoolSpec.ioBound(9).withQueue(100, Overflow.REJECT).configured("Pool/io");
    assertEquals(new PoolSpec(Sizing.FIXED, 0, 12, 0, 50, Overflow.REJECT), configured);
  }

  @Test
  void waitRatioAppliesToIoBoundPoolsOnly() {
    source.put("Pool/io/waitRatio", "3.5").put("Pool/cpu/waitRatio", "3.5");
    assertEquals(PoolSpec.ioBound(3.5), PoolSpec.ioBound(9).configured("Pool/io"));
    OverrideException refused = assertThrows(OverrideException.class, () -> PoolSpec.cpuBound().configured("Pool/cpu"));
    assertEquals("Pool/cpu/waitRatio", refused.key());
    assertTrue(refused.getMessage().contains("IO_BOUND"), refused.getMessage());
  }

  @Test
  void tooManyThreadsFailNamingTheKeyAndTheLimit() {
    source.put("Pool/big/threads", String.valueOf(PoolSpec.MAX_THREADS + 1));
    OverrideException refused = assertThrows(OverrideException.class, () -> PoolSpec.mixed().configured("Pool/big"));
    assertEquals("Pool/big/threads", refused.key());
    assertTrue(refused.getMessage().contains(String.valueOf(PoolSpec.MAX_THREADS)), refused.getMessage());
  }

  @Test
  void aSharedPoolIsCreatedWithItsOverridesAndStillChecksTheDeclaredSpec() {
    String name = "overridden-" + System.nanoTime();
    source.put("Pool/" + name + "/threads", "3");
    TaskPool pool = TaskPools.shared(name, PoolSpec.cpuBound());
    try {
      assertEquals(PoolSpec.fixed(3), pool.spec());
      assertSame(pool, TaskPools.shared(name, PoolSpec.cpuBound()), "users agree with the declaration, not the override");
      assertThrows(IllegalStateException.class, () -> TaskPools.shared(name, PoolSpec.fixed(3)));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aRaceReadsItsHedgeAndTimeoutOverridesInTheAnnotationsUnit() {
    RaceSettings declared = RaceSettings.of("Quotes.quote", "a", "b").hedgeAfter(50, TimeUnit.MILLISECONDS)
        .configuredAt("com.example.Quotes/quote/Race", TimeUnit.MILLISECONDS);
    assertEquals(TimeUnit.MILLISECONDS.toNanos(50), declared.configured().hedgeAfterNanos());
    source.put("com.example.Quotes/quote/Race/hedgeAfter", "0").put("com.example.Quotes/quote/Race/timeout", "2000");
    RaceSettings configured = declared.configured();
    assertEquals(0, configured.hedgeAfterNanos(), "0 starts every source at once");
    assertEquals(TimeUnit.SECONDS.toNanos(2), configured.timeoutNanos());
    assertSame(configured, declared.configured(), "read once until the sources change");
  }

  @Test
  void aHedgeNotShorterThanTheTimeoutFailsNamingTheKey() {
    RaceSettings declared = RaceSettings.of("Quotes.quote", "a", "b").timeout(100, TimeUnit.MILLISECONDS)
        .configuredAt("com.example.Quotes/quote/Race", TimeUnit.MILLISECONDS);
    source.put("com.example.Quotes/quote/Race/hedgeAfter", "1s");
    OverrideException refused = assertThrows(OverrideException.class, declared::configured);
    assertEquals("com.example.Quotes/quote/Race/hedgeAfter", refused.key());
    assertTrue(refused.getMessage().contains("shorter than the timeout"), refused.getMessage());
  }

  @Test
  void settingsWithoutAPathAreNeverOverridden() {
    RaceSettings plain = RaceSettings.of("Quotes.quote", "a", "b");
    assertSame(plain, plain.configured());
  }
}
