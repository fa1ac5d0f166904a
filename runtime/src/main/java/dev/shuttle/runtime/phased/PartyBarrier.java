package dev.shuttle.runtime.phased;

import dev.shuttle.runtime.WaitInterruptedException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A cyclic barrier for a fixed set of parties, each known by its index: the engine under
 * {@link PhaseBarrier}. The last party to arrive runs the action, then releases the others.
 *
 * <p>Arrival is one {@code getAndAdd} on a counter; release is one volatile write of the
 * generation. Waiters spin on the generation for a short while, yielding now and then (parties'
 * phases usually end close together, and a parked thread takes tens of microseconds to wake),
 * then park in their own slot, where the releaser finds them: each side writes its own variable, then reads the
 * other's, so a waiter either sees the release or is seen parked. No lock, and nothing is
 * allocated per wait, unlike {@link java.util.concurrent.CyclicBarrier} (a lock and a condition)
 * or {@link java.util.concurrent.Phaser} (a node per parked waiter).
 *
 * <p>{@link #breakBarrier()} releases every waiter for good: they throw {@link Broken}.
 */
final class PartyBarrier {
  /**
   * Checks of the generation before parking, on a multi-core machine only: a few wake-ups' worth
   * of waiting (a parked thread takes tens of microseconds to run again).
   */
  private static final int SPINS = Runtime.getRuntime().availableProcessors() > 1 ? 1 << 12 : 0;
  /**
   * Every this many checks the waiter yields instead of pausing: on a busy machine the party it
   * waits for may need this very core. Measured against pure spinning and against parking at
   * once (BENCHMARKS.md): the only setting that stayed close to both on a loaded machine.
   */
  private static final int YIELD_EVERY = 1 << 8;

  private static final VarHandle ARRIVED;
  private static final VarHandle PARKED = MethodHandles.arrayElementVarHandle(Thread[].class);

  static {
    try {
      ARRIVED = MethodHandles.lookup().findVarHandle(PartyBarrier.class, "arrived", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Runs on the last party to arrive, before the others are released; it must not throw. */
  interface Action {
    void onAdvance();
  }

  private final int parties;
  private final int spins;
  private final Action action;
  /** Per party: its thread while it is parked, else null. */
  private final Thread[] parked;

  private volatile int arrived;
  private volatile int generation;
  private volatile boolean broken;

  PartyBarrier(int parties, Action action) {
    this.parties = parties;
    // More parties than cores: a spinning party would steal the core of one it waits for.
    this.spins = parties <= Runtime.getRuntime().availableProcessors() ? SPINS : 0;
    this.action = action;
    this.parked = new Thread[parties];
  }

  /**
   * Waits until every party has arrived; the last one runs the action and releases the others.
   *
   * @throws Broken if the barrier is or gets broken
   * @throws WaitInterruptedException if this thread is interrupted on arrival or while waiting
   *     (flag set again). On arrival too, as {@code CyclicBarrier} does: otherwise an interrupt
   *     that a phase kept would stop the run or not, depending on whether its party happened to
   *     park
   */
  void await(int party) {
    int current = generation; // cannot move on before this party arrives
    if (broken) {
      throw Broken.INSTANCE;
    }
    if (Thread.currentThread().isInterrupted()) {
      throw interruptedWait();
    }
    if ((int) ARRIVED.getAndAdd(this, 1) == parties - 1) {
      advance(current);
    } else {
      awaitAdvance(party, current);
    }
  }

  /** Releases every waiter, now and later, with {@link Broken}. */
  void breakBarrier() {
    broken = true;
    unparkAll();
  }

  boolean isBroken() {
    return broken;
  }

  private void advance(int current) {
    if (broken) { // a waiter failed after arriving (interrupted): no action for a broken phase
      throw Broken.INSTANCE;
    }
    action.onAdvance();
    if (broken) { // the action failed and broke the barrier
      throw Broken.INSTANCE;
    }
    arrived = 0; // before the release: whoever sees the new generation counts from zero
    generation = current + 1;
    unparkAll();
  }

  private void awaitAdvance(int party, int current) {
    for (int i = spins; i > 0; i--) {
      if (generation != current) {
        return;
      }
      if (broken) {
        throw Broken.INSTANCE;
      }
      if ((i & (YIELD_EVERY - 1)) == 0) {
        Thread.yield();
      } else {
        Thread.onSpinWait();
      }
    }
    Thread self = Thread.currentThread();
    PARKED.setVolatile(parked, party, self);
    try {
      while (generation == current) {
        if (broken) {
          throw Broken.INSTANCE;
        }
        LockSupport.park(this);
        if (Thread.interrupted()) {
          self.interrupt();
          if (generation != current) {
            return; // released meanwhile: go on, the flag is set for whoever cares
          }
          if (broken) {
            throw Broken.INSTANCE;
          }
          throw interruptedWait();
        }
      }
    } finally {
      PARKED.setRelease(parked, party, null);
    }
  }

  private static WaitInterruptedException interruptedWait() {
    return new WaitInterruptedException("Interrupted while waiting at the barrier for the other parties",
        new InterruptedException());
  }

  private void unparkAll() {
    for (int i = 0; i < parties; i++) {
      Thread waiter = (Thread) PARKED.getVolatile(parked, i);
      if (waiter != null) {
        LockSupport.unpark(waiter);
      }
    }
  }

  /**
   * Thrown out of {@link #await} once the barrier is broken: the party stops quietly, the reason
   * was recorded by whoever broke it. Shared and without a stack trace: it never reaches a user.
   */
  static final class Broken extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Broken INSTANCE = new Broken();

    private Broken() {
      super("The barrier was broken", null, false, false);
    }
  }
}
