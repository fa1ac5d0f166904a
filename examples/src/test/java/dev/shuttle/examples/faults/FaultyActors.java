package dev.shuttle.examples.faults;

import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.OnFailure;
import dev.shuttle.Overflow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** {@code @Actor} classes whose handlers throw a {@link Fault}, or are interrupted from outside. */
final class FaultyActors {
  private FaultyActors() {}

  /**
   * A mailbox of one message whose senders wait for room: were a failed message to keep its room,
   * the next send would wait for ever.
   */
  @Actor(mailbox = 1, overflow = Overflow.BLOCK)
  static class Worker {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();
    final List<Throwable> failures = new ArrayList<>(); // the actor's own: one message at a time

    public int fail(Fault fault) throws InterruptedException {
      fault.raise(thrown);
      return 0;
    }

    public void failQuietly(Fault fault) throws InterruptedException {
      fault.raise(thrown);
    }

    public int hold(Blocker blocker) throws InterruptedException {
      blocker.hold();
      return 0;
    }

    public void holdThroughInterrupt(Blocker blocker) {
      blocker.holdThroughInterrupt();
    }

    /** Whether this handler starts with its thread's interrupt flag set. */
    public boolean interrupted() {
      return Thread.currentThread().isInterrupted();
    }

    public List<Throwable> failures() {
      return List.copyOf(failures);
    }

    @OnFailure
    void failed(Throwable failure) {
      failures.add(failure);
    }
  }

  /** Its failure handler fails too: with a new fault of the same kind, or by rethrowing what it was given. */
  @Actor
  static class Clumsy {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();
    final AtomicReference<Throwable> thrownByHandler = new AtomicReference<>();
    volatile boolean rethrow;
    private Fault fault;

    public void failQuietly(Fault fault) throws InterruptedException {
      this.fault = fault;
      fault.raise(thrown);
    }

    public boolean alive() {
      return true;
    }

    @OnFailure
    void failed(Throwable failure) throws Exception {
      if (!rethrow) {
        fault.raise(thrownByHandler);
      }
      thrownByHandler.set(failure);
      if (failure instanceof Error error) {
        throw error;
      }
      throw (Exception) failure;
    }
  }

  /** Stops at its first failed tell, whatever was thrown. */
  @Actor(onFailure = FailurePolicy.STOP)
  static class Fragile {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();
    final List<Throwable> failures = new ArrayList<>();

    public void failQuietly(Fault fault) throws InterruptedException {
      fault.raise(thrown);
    }

    public void pass() {}

    public int answer() {
      return 42;
    }

    public List<Throwable> failures() {
      return List.copyOf(failures);
    }

    @OnFailure
    void failed(Throwable failure) {
      failures.add(failure);
    }
  }
}
