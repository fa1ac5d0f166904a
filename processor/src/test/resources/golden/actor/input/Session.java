package golden;

import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;

/** A restarting actor: spawned from a factory, which makes a fresh session after a failed tell. */
@Actor(onFailure = FailurePolicy.RESTART, maxRestarts = 3, restartWithinSeconds = 10)
public class Session {
  private int seen;

  public void see(String item) {
    if (item.isEmpty()) {
      throw new IllegalArgumentException("an empty item");
    }
    seen++;
  }

  public int seen() {
    return seen;
  }
}
