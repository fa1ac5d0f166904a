package dev.shuttle.benchmarks.actor;

import dev.shuttle.Actor;
import java.util.concurrent.CompletableFuture;

/** One side of a ping-pong between two actors that know each other's generated actor. */
@Actor
public class Player {
  private PlayerActor partner;

  public void meet(PlayerActor partner) {
    this.partner = partner;
  }

  /** Hits the ball back until no hits are left; the last hit completes {@code rally}. */
  public void hit(long hitsLeft, CompletableFuture<Void> rally) {
    if (hitsLeft == 0) {
      rally.complete(null);
    } else {
      partner.hit(hitsLeft - 1, rally);
    }
  }
}
