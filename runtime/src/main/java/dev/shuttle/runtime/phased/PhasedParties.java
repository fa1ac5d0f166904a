package dev.shuttle.runtime.phased;

import dev.shuttle.Phased;
import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.config.OverrideScope;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * What the parties of a {@code @Phased} class run; generated {@code FooPhases} subclasses it with
 * one round of phases, the {@code @AfterPhase} action and the {@code until} condition.
 *
 * <p>Each {@code run} starts {@code parties} daemon threads, {@code shuttle-<Type>-party-N}
 * ({@code N} is the party index), that run {@link #round} until {@link #done()}; the barrier
 * between phases is a {@link PhaseBarrier}. The first failure of a party (or of the action) breaks
 * the barrier: the other parties stop at their next barrier, and the run fails with that failure,
 * unchanged, once they all have; failures of other parties meanwhile are suppressed in it.
 */
@InternalApi
public abstract class PhasedParties {
  private static final ConcurrentHashMap<String, ConfiguredParties> CONFIGURED = new ConcurrentHashMap<>();

  private record ConfiguredParties(long version, int parties) {}

  private final String typeName;
  private final int parties;
  private final int[] phases;

  /**
   * {@code @Phased}'s {@code parties} ({@code declared}, 0 for one per processor) with its
   * {@linkplain dev.shuttle.runtime.config.Overrides deploy-time override}
   * {@code <phasedClass>/Phased/parties}: read once, and again only after the override sources
   * change.
   *
   * @param phasedClass the canonical name of the {@code @Phased} class
   * @throws OverrideException if the override is not a number from 0 to {@link Phased#MAX_PARTIES}
   */
  public static int configuredParties(String phasedClass, int declared) {
    long version = OverrideScope.version();
    ConfiguredParties current = CONFIGURED.get(phasedClass);
    if (current == null || current.version != version) {
      OverrideScope scope = OverrideScope.of(phasedClass + "/Phased");
      int parties = scope.intValue("parties", declared);
      current = new ConfiguredParties(version, scope.build(() -> checkParties(
          parties == 0 ? Runtime.getRuntime().availableProcessors() : parties)));
      CONFIGURED.put(phasedClass, current);
    }
    return current.parties;
  }

  private static int checkParties(int parties) {
    if (parties < 1 || parties > Phased.MAX_PARTIES) {
      throw new IllegalArgumentException("parties must be 1 to " + Phased.MAX_PARTIES + ", was " + parties);
    }
    return parties;
  }

  /**
   * @param typeName names the threads: {@code shuttle-<typeName>-party-N}
   * @param parties how many parties, 1 to {@link Phased#MAX_PARTIES}
   * @param phases the phase numbers of one round, in order: what {@link #afterPhase} is told
   */
  protected PhasedParties(String typeName, int parties, int... phases) {
    checkParties(parties);
    if (phases.length == 0) {
      throw new IllegalArgumentException("a round needs at least one phase");
    }
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.parties = parties;
    this.phases = phases.clone();
  }

  /**
   * One round for one party: each phase in order, then {@code barrier.await()}. Runs on the
   * party's own thread.
   */
  protected abstract void round(int party, PhaseBarrier barrier) throws Throwable;

  /** Runs once after each phase, on the last party to finish it, while the others wait. */
  protected void afterPhase(int phase) throws Throwable {}

  /** Asked once after each round, while the parties wait: whether to stop. One round by default. */
  protected boolean done() throws Throwable {
    return true;
  }

  /**
   * Runs the parties and returns when they have all finished, or throws the first failure.
   *
   * @throws dev.shuttle.runtime.WaitInterruptedException if this thread is interrupted while it
   *     waits: the parties are stopped (barrier broken, threads interrupted) and the flag is set
   *     again
   */
  public final void run() {
    PhasedRun.start(this).join();
  }

  /**
   * Like {@link #run()}, but gives up after {@code timeout}: the parties are stopped (barrier
   * broken, threads interrupted; a party busy in a phase stops when it next reaches the barrier)
   * and this throws {@link TimeoutException} without waiting for them.
   */
  public final void run(Duration timeout) throws TimeoutException {
    PhasedRun.start(this).join(timeout);
  }

  /**
   * Starts the parties and returns at once. The future completes when they have all finished, or
   * fails with the first failure; cancelling it stops the parties.
   */
  public final CompletableFuture<Void> runAsync() {
    return PhasedRun.start(this).future();
  }

  final String typeName() {
    return typeName;
  }

  final int parties() {
    return parties;
  }

  final int phase(int index) {
    return phases[index];
  }

  final int phasesPerRound() {
    return phases.length;
  }
}
