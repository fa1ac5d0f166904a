package dev.shuttle.runtime.actor;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written actor whose one message runs a given action in its turn, for tests of what a
 * behaviour can do from inside a turn ({@link Actors#pipeToSelf}). Each handler and each
 * continuation passes through {@link #enter}/{@link #exit}, which detect two of them running at
 * once or one running outside this actor's turn.
 */
class TurnActor extends ActorCell { // not final: a test overrides onFailure
  private static final int RUN = 0;

  long total; // actor state: touched only in turns
  private final AtomicBoolean busy = new AtomicBoolean();
  private final AtomicInteger violations = new AtomicInteger();

  TurnActor(ActorSettings settings, Executor executor) {
    super(settings, executor);
  }

  /** Tells the actor to run {@code action} as its message. */
  void run(Runnable action) {
    tell(new Run(action));
  }

  /** Call first in anything that touches {@link #total}: counts a violation if not alone in this actor's turn. */
  void enter() {
    if (!busy.compareAndSet(false, true) || ActorCell.current(TurnActor.class) != this) {
      violations.incrementAndGet();
    }
  }

  void exit() {
    busy.set(false);
  }

  int violations() {
    return violations.get();
  }

  @Override
  protected void dispatch(ActorMessage message) {
    ((Run) message).action.run();
  }

  private static final class Run extends ActorMessage {
    final Runnable action;

    Run(Runnable action) {
      super(RUN);
      this.action = action;
    }
  }
}
