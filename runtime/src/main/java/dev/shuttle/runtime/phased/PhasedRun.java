package dev.shuttle.runtime.phased;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.context.ContextScope;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.internal.ClockWaits;
import dev.shuttle.runtime.internal.ContextHandoff;
import dev.shuttle.runtime.internal.Failures;
import dev.shuttle.runtime.internal.FlightRecording;
import dev.shuttle.runtime.internal.LiveObjects;
import dev.shuttle.runtime.internal.WeakRegistry;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of a {@link PhasedParties}: its threads, its barrier, its failures, and the future that
 * completes when the last party has left. Every party runs with the context ({@link Contexts}) of
 * the thread that started the run, restored for the whole run, barrier actions included.
 */
final class PhasedRun implements PartyBarrier.Action {
  /** Every run whose parties have not all finished, for the registry. */
  private static final LiveObjects<PhasedRun> LIVE =
      LiveObjects.of(ShuttleObject.Kind.PHASED_RUN, run -> run.program.typeName(), run -> null, PhasedRun::stats);

  private final PhasedParties program;
  private final PartyBarrier barrier;
  private final Thread[] threads;
  private final AtomicInteger running;
  private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
  private final Queue<Throwable> laterFailures = new ConcurrentLinkedQueue<>();
  private final CompletableFuture<Void> future = new CompletableFuture<>();
  private final ShuttleClock clock = ShuttleClock.current(); // what a timed join waits on
  private final ContextSnapshot context = Contexts.capture(); // made by start(), on the caller's thread
  private WeakRegistry.Registration<PhasedRun> registration; // set before the parties start

  // Written only by the barrier action, which the barrier orders before every party's next step.
  private int phaseIndex;
  private boolean finished;
  private long phasesCompleted; // also read by stats(): opaque access

  private PhasedRun(PhasedParties program) {
    this.program = program;
    this.barrier = new PartyBarrier(program.parties(), this);
    this.threads = new Thread[program.parties()];
    this.running = new AtomicInteger(program.parties());
  }

  static PhasedRun start(PhasedParties program) {
    PhasedRun run = new PhasedRun(program);
    for (int party = 0; party < run.threads.length; party++) {
      int index = party;
      Thread thread = new Thread(() -> run.party(index), "shuttle-" + program.typeName() + "-party-" + party);
      thread.setDaemon(true);
      run.threads[party] = thread;
    }
    run.future.whenComplete((ignored, failure) -> {
      if (run.future.isCancelled()) {
        run.stop();
      }
    });
    run.registration = LIVE.register(run);
    for (Thread thread : run.threads) {
      thread.start();
    }
    return run;
  }

  CompletableFuture<Void> future() {
    return future;
  }

  PhasedStats stats() {
    return new PhasedStats(program.typeName(), threads.length, running.get(), (long) PHASES_COMPLETED.getOpaque(this),
        firstFailure.get() != null);
  }

  void join() {
    try {
      future.get();
    } catch (InterruptedException e) {
      stop();
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException(
          "Interrupted while waiting for the parties of " + program.typeName() + "; they were stopped", e);
    } catch (ExecutionException e) {
      throw Failures.sneakyThrow(e.getCause());
    }
  }

  void join(Duration timeout) throws TimeoutException {
    try {
      ClockWaits.get(clock, future, timeout.toNanos());
    } catch (TimeoutException e) {
      stop();
      throw new TimeoutException("The parties of " + program.typeName() + " did not finish within " + timeout
          + "; they were stopped");
    } catch (InterruptedException e) {
      stop();
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException(
          "Interrupted while waiting for the parties of " + program.typeName() + "; they were stopped", e);
    } catch (ExecutionException e) {
      throw Failures.sneakyThrow(e.getCause());
    }
  }

  /** The barrier action: {@code @AfterPhase}, then at the end of a round the {@code until} check. */
  @Override
  public void onAdvance() {
    try {
      program.afterPhase(program.phase(phaseIndex));
      PHASES_COMPLETED.setOpaque(this, phasesCompleted + 1);
      if (++phaseIndex == program.phasesPerRound()) {
        phaseIndex = 0;
        finished = program.done();
      }
    } catch (Throwable failure) {
      fail(failure, -1);
    }
  }

  private void party(int party) {
    PhaseBarrier view = new PhaseBarrier(barrier, party);
    ContextScope restored = null;
    try {
      restored = ContextHandoff.restore(context);
      do {
        program.round(party, view);
      } while (!finished);
    } catch (PartyBarrier.Broken stopped) {
      // another party failed or the run was stopped: the reason is recorded already
    } catch (Throwable failure) {
      fail(failure, party);
    } finally {
      ContextHandoff.undo(restored);
      if (running.decrementAndGet() == 0) {
        finish();
      }
    }
  }

  /** Records a failure (the first is the run's; later ones are suppressed in it) and breaks the barrier. */
  private void fail(Throwable failure, int party) {
    if (firstFailure.compareAndSet(null, failure)) {
      if (FlightRecording.running()) {
        PhasedFailureEvent.emit(program.typeName(), party, failure);
      }
    } else if (failure != firstFailure.get()) {
      laterFailures.add(failure);
    }
    barrier.breakBarrier();
  }

  private void finish() {
    LIVE.unregister(registration); // before the future completes: a caller that waited sees the run gone
    Throwable failure = firstFailure.get();
    if (failure == null) {
      future.complete(null);
      return;
    }
    laterFailures.forEach(failure::addSuppressed);
    future.completeExceptionally(failure);
  }

  /** Breaks the barrier and interrupts the parties: for a timeout, an interrupt or a cancel. */
  private void stop() {
    barrier.breakBarrier();
    for (Thread thread : threads) {
      thread.interrupt();
    }
  }

  private static final VarHandle PHASES_COMPLETED;

  static {
    try {
      PHASES_COMPLETED = MethodHandles.lookup().findVarHandle(PhasedRun.class, "phasesCompleted", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
