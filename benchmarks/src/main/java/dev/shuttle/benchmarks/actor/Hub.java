package dev.shuttle.benchmarks.actor;

import dev.shuttle.Actor;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The centre of a fan-out: tells every leaf, and counts their replies into its own mailbox. */
@Actor
public class Hub {
  private List<LeafActor> leaves = List.of();
  private int waiting;
  private CompletableFuture<Void> round;

  public void connect(List<LeafActor> leaves) {
    this.leaves = leaves;
  }

  /** Pings every leaf; {@code round} completes when the last reply is in. */
  public void start(CompletableFuture<Void> round) {
    this.round = round;
    this.waiting = leaves.size();
    HubActor self = HubActor.self();
    for (LeafActor leaf : leaves) {
      leaf.ping(self);
    }
  }

  public void pong() {
    if (--waiting == 0) {
      round.complete(null);
    }
  }
}
