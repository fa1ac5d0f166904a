package dev.shuttle.mdc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.shuttle.runtime.context.ContextScope;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.pool.PoolSpec;
import dev.shuttle.runtime.pool.TaskPool;
import dev.shuttle.runtime.pool.TaskPools;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The MDC decorator against Logback's MDC: what a task sees and logs, and what its thread has after.
 * The pool has one thread, so a task submitted after the decorator is removed shows what was left on
 * the thread that ran the work.
 */
@Timeout(30)
class MdcContextTest {
  private final TaskPool pool = TaskPools.shared("mdc-test", PoolSpec.fixed(1));

  @BeforeEach
  void install() {
    assertTrue(MdcContext.install());
  }

  @AfterEach
  void uninstallAndClear() {
    MdcContext.uninstall();
    MDC.clear();
  }

  private <T> T onThePool(Callable<T> work) throws Exception {
    return pool.submit(() -> CompletableFuture.completedFuture(work.call())).get(30, TimeUnit.SECONDS);
  }

  @Test
  void installingTwiceRegistersOnceAndUninstallRemovesIt() {
    assertTrue(MdcContext.isInstalled());
    assertFalse(MdcContext.install());
    assertEquals(1, Contexts.registered().size());
    assertTrue(MdcContext.uninstall());
    assertFalse(MdcContext.isInstalled());
    assertFalse(MdcContext.uninstall());
  }

  @Test
  void whatATaskLogsHasItsCallersMdc() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.shuttle.mdc.test");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.INFO);
    try {
      MDC.put("requestId", "r-42");
      onThePool(() -> {
        logger.info("fetched");
        return null;
      });
    } finally {
      logger.detachAppender(appender);
    }
    assertEquals(1, appender.list.size());
    assertEquals(Map.of("requestId", "r-42"), appender.list.get(0).getMDCPropertyMap());
  }

  @Test
  void theTaskSeesOnlyItsCallersKeysAndItsThreadKeepsNoneOfThem() throws Exception {
    MDC.put("requestId", "r-1");
    Map<String, String> seen = onThePool(() -> {
      Map<String, String> mdc = MDC.getCopyOfContextMap();
      MDC.put("addedByTheTask", "x");
      return mdc;
    });
    assertEquals(Map.of("requestId", "r-1"), seen);
    assertEquals(Map.of("requestId", "r-1"), MDC.getCopyOfContextMap(), "the caller's MDC is untouched");

    MdcContext.uninstall();
    assertNull(onThePool(MDC::getCopyOfContextMap), "the pool's thread kept neither the caller's keys nor the task's");
  }

  @Test
  void onAThreadWithAnMdcOfItsOwnTheWorkSeesTheCallersAndTheThreadGetsItsOwnBack() {
    MDC.put("requestId", "r-2");
    AtomicReference<Map<String, String>> withKeysSaw = new AtomicReference<>();
    AtomicReference<Map<String, String>> withNoneSaw = new AtomicReference<>();
    Runnable withKeys = Contexts.wrap(() -> withKeysSaw.set(MDC.getCopyOfContextMap()));
    MDC.clear();
    Runnable withNone = Contexts.wrap(() -> {
      withNoneSaw.set(MDC.getCopyOfContextMap());
      MDC.put("addedByTheTask", "x");
    });

    MDC.put("thread", "own");
    withKeys.run();
    withNone.run();
    assertEquals(Map.of("requestId", "r-2"), withKeysSaw.get());
    Map<String, String> none = withNoneSaw.get();
    assertTrue(none == null || none.isEmpty(), "an empty MDC is handed over as empty: " + none);
    assertEquals(Map.of("thread", "own"), MDC.getCopyOfContextMap());
  }

  @Test
  void aSnapshotRestoredAgainAndAgainRestoresWhatWasCaptured() {
    MDC.put("requestId", "r-3");
    ContextSnapshot snapshot = Contexts.capture();
    MDC.clear();
    for (int run = 0; run < 3; run++) {
      ContextScope restored = snapshot.restore();
      assertEquals(Map.of("requestId", "r-3"), MDC.getCopyOfContextMap());
      MDC.put("requestId", "changed by run " + run); // as a @Race source or a @Phased party might
      restored.close();
      assertNull(MDC.get("requestId"));
    }
  }
}
