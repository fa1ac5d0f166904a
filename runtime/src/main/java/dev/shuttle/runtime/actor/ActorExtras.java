package dev.shuttle.runtime.actor;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * What only some actors use, made on first use so that an actor using none of it pays one
 * reference: its timers, its record of restarts, how to stop its children, the message waiting
 * for its rate-limit permit. Actor thread only.
 */
final class ActorExtras {
  ActorTimers timers;
  RestartBudget restartBudget;
  List<Supplier<? extends CompletionStage<?>>> children;
  ActorMessage held; // taken, its permit reserved and not yet due: the next turn starts with it
}
