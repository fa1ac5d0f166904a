package dev.shuttle.runtime.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.ThreadContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The registry and the composition of decorators, on one thread: {@link Contexts#wrap} is the hand-over. */
class ContextsTest {
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<ContextDecorator> registered = new ArrayList<>();

  @AfterEach
  void unregisterAll() {
    registered.forEach(Contexts::unregister);
    assertEquals(List.of(), Contexts.registered(), "each test leaves the registry as it found it");
  }

  private ContextDecorator register(ContextDecorator decorator) {
    Contexts.register(decorator);
    registered.add(decorator);
    return decorator;
  }

  /** A decorator that records its capture, restore and undo as "name:capture" and so on. */
  private ContextDecorator recording(String name) {
    return register(named(name, () -> {
      events.add(name + ":capture");
      return () -> {
        events.add(name + ":restore");
        return () -> events.add(name + ":undo");
      };
    }));
  }

  private static ContextDecorator named(String name, ContextDecorator decorator) {
    return new ContextDecorator() {
      @Override
      public ContextSnapshot capture() {
        return decorator.capture();
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  @Test
  void withNoDecoratorNothingIsCapturedAndATaskIsNotWrapped() {
    assertNull(Contexts.capture());
    Runnable task = () -> {};
    assertSame(task, Contexts.wrap(task));
  }

  @Test
  void registeringOneDecoratorTwiceIsRefusedAndRemovingOneAbsentSaysSo() {
    ContextDecorator a = recording("a");
    ContextDecorator b = recording("b");
    assertEquals(List.of(a, b), Contexts.registered());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> Contexts.register(a));
    assertEquals("Context decorator a is registered already", twice.getMessage());
    assertThrows(NullPointerException.class, () -> Contexts.register(null));

    assertTrue(Contexts.unregister(a));
    assertFalse(Contexts.unregister(a));
    assertEquals(List.of(b), Contexts.registered());
  }

  @Test
  void decoratorsCaptureAndRestoreInRegistrationOrderAndUndoInReverse() {
    recording("a");
    recording("b");
    recording("c");
    Runnable wrapped = Contexts.wrap(() -> events.add("work"));
    assertEquals(List.of("a:capture", "b:capture", "c:capture"), events, "captured when wrapped");
    events.clear();

    wrapped.run();
    assertEquals(List.of("a:restore", "b:restore", "c:restore", "work", "c:undo", "b:undo", "a:undo"), events);
  }

  @Test
  void aDecoratorWithNothingToCarryIsLeftOutAndOneSnapshotNeedsNoComposite() {
    register(() -> null);
    ContextSnapshot only = () -> null;
    register(() -> only);
    register(() -> null);
    assertSame(only, Contexts.capture());
  }

  @Test
  void aRestoreThatFailsUndoesTheRestoresBeforeItAndTheWorkDoesNotRun() {
    recording("a");
    IllegalStateException broken = new IllegalStateException("cannot restore");
    register(() -> () -> {
      throw broken;
    });
    recording("c");
    Runnable wrapped = Contexts.wrap(() -> events.add("work"));
    events.clear();

    assertSame(broken, assertThrows(IllegalStateException.class, wrapped::run));
    assertEquals(List.of("a:restore", "a:undo"), events);
  }

  @Test
  void anUndoThatFailsIsLoggedTheOthersStillUndoAndTheWorkStands() {
    recording("a");
    IllegalStateException broken = new IllegalStateException("cannot undo");
    register(() -> () -> () -> {
      throw broken;
    });
    recording("c");
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Logger log = Logger.getLogger("dev.shuttle.context");
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(handler);
    try {
      Runnable wrapped = Contexts.wrap(() -> events.add("work"));
      events.clear();
      wrapped.run(); // does not throw
    } finally {
      log.removeHandler(handler);
    }
    assertEquals(List.of("a:restore", "c:restore", "work", "c:undo", "a:undo"), events);
    assertEquals(1, logged.size());
    assertEquals(Level.WARNING, logged.get(0).getLevel());
    assertSame(broken, logged.get(0).getThrown());
  }

  @Test
  void aWrappedTaskThatThrowsStillPutsBackTheThreadsOwnContext() {
    try (ThreadContext context = ThreadContext.register()) {
      context.set("caller");
      AssertionError thrown = new AssertionError("work failed");
      Runnable wrapped = Contexts.wrap(() -> {
        assertEquals("caller", context.get());
        context.set("changed by the work");
        throw thrown;
      });
      context.set("runner");
      assertSame(thrown, assertThrows(AssertionError.class, wrapped::run));
      assertEquals("runner", context.get(), "the running thread has its own context back");
      assertEquals(1, context.undos());
    }
  }

  @Test
  void aSnapshotTakenBeforeItsDecoratorWasRemovedStillRestores() {
    try (ThreadContext context = ThreadContext.register()) {
      context.set("caller");
      List<String> seen = new ArrayList<>();
      Runnable wrapped = Contexts.wrap(() -> seen.add(context.get()));
      context.close();
      Runnable after = Contexts.wrap(() -> seen.add(context.get()));
      context.set(null);
      wrapped.run();
      after.run();
      assertEquals(Arrays.asList("caller", null), seen);
    }
  }
}
