package dev.shuttle.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The helpers every pattern shares: unwrapping failures, Shuttle's own threads, virtual threads. */
class InternalTest {

  @Test
  void unwrapPeelsEveryCompletionAndExecutionLayer() {
    IOException cause = new IOException("disk");
    Throwable wrapped = new CompletionException(new ExecutionException(new CompletionException(cause)));
    assertSame(cause, Failures.unwrap(wrapped));
  }

  @Test
  void unwrapKeepsAnythingElseAndAWrapperWithoutCause() {
    IllegalStateException plain = new IllegalStateException(new CompletionException(new IOException()));
    assertSame(plain, Failures.unwrap(plain), "only the wrappers' layers are peeled");
    CompletionException empty = new CompletionException("no cause", null);
    assertSame(empty, Failures.unwrap(empty));
    ExecutionException emptyExecution = new ExecutionException("no cause", null);
    assertSame(emptyExecution, Failures.unwrap(emptyExecution));
  }

  @Test
  void sneakyThrowThrowsACheckedExceptionUnchanged() {
    IOException checked = new IOException("unchanged");
    IOException thrown = assertThrows(IOException.class, () -> {
      throw Failures.sneakyThrow(checked);
    });
    assertSame(checked, thrown);
  }

  @Test
  void shuttleThreadsAreNamedDaemonsAndKnowThemselves() throws Exception {
    AtomicBoolean insideIsCurrent = new AtomicBoolean();
    ShuttleThread thread = new ShuttleThread(() -> insideIsCurrent.set(ShuttleThread.isCurrent()), "shuttle-test-1");
    assertEquals("shuttle-test-1", thread.getName());
    assertTrue(thread.isDaemon());
    thread.start();
    thread.join(TimeUnit.SECONDS.toMillis(10));
    assertFalse(thread.isAlive());
    assertTrue(insideIsCurrent.get());
    assertFalse(ShuttleThread.isCurrent(), "the test's thread is not Shuttle's");
  }

  @Test
  void virtualThreadsAreThereExactlyFromJdk21() throws Exception {
    boolean jdkHasThem = Runtime.version().feature() >= 21;
    assertEquals(jdkHasThem, VirtualThreads.available());
    if (!jdkHasThem) {
      UnsupportedOperationException none =
          assertThrows(UnsupportedOperationException.class, () -> VirtualThreads.unstarted("v", () -> {}));
      assertEquals("virtual threads need JDK 21 or newer", none.getMessage());
      return;
    }
    AtomicBoolean ran = new AtomicBoolean();
    Thread thread = VirtualThreads.unstarted("shuttle-virtual-1", () -> ran.set(true));
    assertEquals("shuttle-virtual-1", thread.getName());
    assertEquals(Thread.State.NEW, thread.getState());
    assertTrue(thread.isDaemon(), "virtual threads are daemons");
    thread.start();
    thread.join(TimeUnit.SECONDS.toMillis(10));
    assertTrue(ran.get());
  }
}
