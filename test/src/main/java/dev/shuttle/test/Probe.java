package dev.shuttle.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Records the messages it is given, for a test to check one by one: stand it in for whatever an
 * actor (or pool task, or pipeline stage) sends to, a listener, a {@code Consumer}, a reply
 * callback, or behind a small adapter for an interface of your own.
 *
 * <p>The {@code expect} methods look at what has arrived <em>now</em> and never wait: run the
 * actors first (on a {@link ManualExecutor}, {@link ManualExecutor#runAll()}), then expect. For
 * messages sent from threads of their own, {@link #awaitMessage} waits, at most the real time it
 * is given, for the next one to arrive.
 *
 * <p>Thread-safe: any thread may send to it.
 *
 * @param <T> the type of the messages
 */
public final class Probe<T> implements Consumer<T> {
  private final LinkedBlockingQueue<T> unchecked = new LinkedBlockingQueue<>();
  private final List<T> received = new ArrayList<>(); // guarded by itself

  /**
   * Records {@code message}.
   *
   * @throws NullPointerException if {@code message} is null: a probe has no way to show it
   */
  @Override
  public void accept(T message) {
    Objects.requireNonNull(message, "message");
    synchronized (received) {
      received.add(message);
    }
    unchecked.add(message);
  }

  /** The same as {@link #accept}: reads better where a probe stands in for an actor. */
  public void tell(T message) {
    accept(message);
  }

  /**
   * The oldest message not yet expected.
   *
   * @throws AssertionError if none has arrived
   */
  public T expectMessage() {
    T next = unchecked.poll();
    if (next == null) {
      throw new AssertionError("Expected a message, but none has arrived (received so far: " + received() + ")");
    }
    return next;
  }

  /**
   * Checks that the oldest message not yet expected equals {@code expected}.
   *
   * @throws AssertionError if none has arrived, or it is another
   */
  public T expectMessage(T expected) {
    T next = expectMessage();
    if (!Objects.equals(expected, next)) {
      throw new AssertionError("Expected message " + expected + ", but the next was " + next);
    }
    return next;
  }

  /**
   * Checks that the oldest message not yet expected is a {@code type}.
   *
   * @throws AssertionError if none has arrived, or it is of another type
   */
  public <U extends T> U expectMessageOfType(Class<U> type) {
    T next = expectMessage();
    if (!type.isInstance(next)) {
      throw new AssertionError("Expected a message of type " + type.getName() + ", but the next was " + next);
    }
    return type.cast(next);
  }

  /**
   * The next {@code count} messages not yet expected, oldest first.
   *
   * @throws AssertionError if fewer have arrived
   */
  public List<T> expectMessages(int count) {
    if (unchecked.size() < count) {
      throw new AssertionError("Expected " + count + " messages, but " + unchecked.size() + " have arrived: "
          + List.copyOf(unchecked));
    }
    List<T> next = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      next.add(unchecked.poll());
    }
    return next;
  }

  /**
   * Checks that every message that has arrived has been expected.
   *
   * @throws AssertionError naming the messages not expected
   */
  public void expectNoMessage() {
    if (!unchecked.isEmpty()) {
      throw new AssertionError("Expected no message, but received " + List.copyOf(unchecked));
    }
  }

  /**
   * The oldest message not yet expected, waiting at most {@code timeout} (real time) for one to
   * arrive: for messages sent from other threads.
   *
   * @throws AssertionError if none arrived in time
   */
  public T awaitMessage(Duration timeout) throws InterruptedException {
    T next = unchecked.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (next == null) {
      throw new AssertionError("Expected a message within " + timeout + ", but none arrived (received so far: "
          + received() + ")");
    }
    return next;
  }

  /** Every message received, expected or not, oldest first. */
  public List<T> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public String toString() {
    return "Probe" + received();
  }
}
