package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TaskPoolsTest {

  @Test
  void aNameIsOnePoolForEveryoneWhoAgreesOnItsSettings() {
    TaskPool first = TaskPools.shared("registry-same", PoolSpec.fixed(2));
    TaskPool second = TaskPools.shared("registry-same", PoolSpec.fixed(2));
    assertSame(first, second);
    assertTrue(TaskPools.stats().stream().anyMatch(s -> s.name().equals("registry-same")));
    first.shutdown();
  }

  @Test
  void twoDifferentDeclarationsOfANameFailNamingBoth() {
    TaskPools.shared("registry-clash", PoolSpec.fixed(2)).shutdown();
    TaskPool live = TaskPools.shared("registry-clash", PoolSpec.fixed(2));
    IllegalStateException clash = assertThrows(IllegalStateException.class,
        () -> TaskPools.shared("registry-clash", PoolSpec.cpuBound()));
    assertEquals("Pool \"registry-clash\" is declared two different ways: FIXED (2 threads), queue 10000, BLOCK when "
        + "full, and CPU_BOUND, queue 10000, BLOCK when full. Give every @Pool(name = \"registry-clash\") the same "
        + "settings, or use two names.", clash.getMessage());
    live.shutdown();
  }

  @Test
  void shutdownAllDrainsEveryPoolAndLaterUsersGetANewOne() throws Exception {
    TaskPool pool = TaskPools.shared("registry-shutdown", PoolSpec.fixed(1));
    AtomicInteger ran = new AtomicInteger();
    for (int i = 0; i < 10; i++) {
      pool.execute("T.m", ran::incrementAndGet);
    }
    assertTrue(TaskPools.shutdownAll(Duration.ofSeconds(30)));
    assertEquals(10, ran.get());
    assertTrue(pool.isShutdown());
    TaskPool fresh = TaskPools.shared("registry-shutdown", PoolSpec.fixed(1));
    assertNotSame(pool, fresh);
    assertEquals("ok", fresh.submit(() -> CompletableFuture.completedFuture("ok")).get(30, TimeUnit.SECONDS));
    fresh.shutdown();
  }

  /** The registry lives as long as the JVM: a name no run has used yet is registered here. */
  @Test
  void aNameNeverUsedGetsANewPoolOnFirstUse() {
    String name = "registry-fresh-" + java.util.UUID.randomUUID();
    TaskPool first = TaskPools.shared(name, PoolSpec.fixed(1));
    assertEquals(name, first.name());
    assertSame(first, TaskPools.shared(name, PoolSpec.fixed(1)), "a live pool is kept for its name");
    first.shutdown();
    TaskPool next = TaskPools.shared(name, PoolSpec.fixed(1));
    assertNotSame(first, next, "a shut-down pool is replaced");
    next.shutdown();
  }
}
