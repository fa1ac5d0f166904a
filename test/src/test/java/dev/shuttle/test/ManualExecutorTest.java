package dev.shuttle.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualExecutorTest {
  private final ManualExecutor executor = new ManualExecutor();
  private final List<String> ran = new ArrayList<>();

  @Test
  void nothingRunsUntilAsked() {
    executor.execute(() -> ran.add("a"));
    assertEquals(1, executor.pending());
    assertEquals(List.of(), ran);
    assertFalse(executor.isIdle());
  }

  @Test
  void runNextRunsOneTaskOnTheCallingThreadInSubmissionOrder() {
    Thread test = Thread.currentThread();
    executor.execute(() -> ran.add("a:" + (Thread.currentThread() == test)));
    executor.execute(() -> ran.add("b:" + (Thread.currentThread() == test)));
    assertTrue(executor.runNext());
    assertEquals(List.of("a:true"), ran);
    assertTrue(executor.runNext());
    assertFalse(executor.runNext(), "nothing left");
    assertEquals(List.of("a:true", "b:true"), ran);
    assertEquals(2, executor.ran());
  }

  @Test
  void runAllRunsWhatTasksSubmitToo() {
    executor.execute(() -> {
      ran.add("parent");
      executor.execute(() -> ran.add("child"));
    });
    assertEquals(2, executor.runAll());
    assertEquals(List.of("parent", "child"), ran);
    assertTrue(executor.isIdle());
  }

  @Test
  void aFailingTaskFailsTheRunAndTheRestStayQueued() {
    IllegalStateException thrown = new IllegalStateException("task failed");
    executor.execute(() -> {
      throw thrown;
    });
    executor.execute(() -> ran.add("next"));
    assertSame(thrown, assertThrows(IllegalStateException.class, executor::runAll));
    assertEquals(1, executor.pending());
    executor.runAll();
    assertEquals(List.of("next"), ran);
  }

  @Test
  void aTaskThatResubmitsItselfForeverIsStopped() {
    Runnable[] forever = new Runnable[1];
    forever[0] = () -> executor.execute(forever[0]);
    executor.execute(forever[0]);
    assertThrows(IllegalStateException.class, executor::runAll);
  }

  @Test
  void aNullTaskIsRefused() {
    assertThrows(NullPointerException.class, () -> executor.execute(null));
    assertTrue(executor.isIdle());
  }
}
