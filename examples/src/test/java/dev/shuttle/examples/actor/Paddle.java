package dev.shuttle.examples.actor;

import dev.shuttle.Actor;
import java.util.concurrent.CompletableFuture;

/**
 * One side of a ping-pong: it hits the ball back to its partner's actor until no hits are left,
 * and checks that the hits it receives count down without a gap.
 */
@Actor
public class Paddle {
  private PaddleActor partner;
  private long received;
  private long lastHitsLeft = -1;
  private long gaps;

  public void meet(PaddleActor partner) {
    this.partner = partner;
  }

  public void hit(long hitsLeft, CompletableFuture<Void> rally) {
    received++;
    if (lastHitsLeft >= 0 && hitsLeft != lastHitsLeft - 2) {
      gaps++;
    }
    lastHitsLeft = hitsLeft;
    if (hitsLeft == 0) {
      rally.complete(null);
    } else {
      partner.hit(hitsLeft - 1, rally);
    }
  }

  public long received() {
    return received;
  }

  public long gaps() {
    return gaps;
  }
}
