package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.internal.VirtualThreads;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** VIRTUAL: virtual threads on JDK 21+, found at run time; the IO_BOUND formula before. */
@Timeout(30)
class VirtualPoolTest {

  /** {@code Thread.isVirtual()}, found the way the runtime finds virtual threads; null before JDK 21. */
  private static final MethodHandle IS_VIRTUAL = isVirtual();

  private static MethodHandle isVirtual() {
    try {
      return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  @Test
  void theTaskRunsOnAVirtualThreadWhereTheJdkHasThem() throws Throwable {
    TaskPool pool = new TaskPool("virtual-test", PoolSpec.virtual(1.0), 4, null);
    try {
      Thread thread = pool.submit(() -> CompletableFuture.completedFuture(Thread.currentThread()))
          .get(30, TimeUnit.SECONDS);
      assertTrue(thread.getName().startsWith("shuttle-pool-virtual-test-"), thread.getName());
      if (IS_VIRTUAL != null) {
        assertTrue(VirtualThreads.available());
        assertTrue((boolean) IS_VIRTUAL.invokeExact(thread), "JDK 21+: a virtual thread");
      } else {
        assertFalse(VirtualThreads.available());
        assertTrue(thread.isDaemon());
        assertEquals(8, pool.threads(), "JDK 17: IO_BOUND, 4 × (1 + 1.0) platform threads");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aVirtualPoolDrainsOnShutdown() throws Exception {
    TaskPool pool = new TaskPool("virtual-drain", PoolSpec.virtual(1.0), 4, null);
    java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
    for (int i = 0; i < 100; i++) {
      pool.execute("T.m", ran::incrementAndGet);
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(java.time.Duration.ofSeconds(30)));
    assertEquals(100, ran.get());
  }
}
