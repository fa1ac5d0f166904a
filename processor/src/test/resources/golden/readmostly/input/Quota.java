package golden;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;
import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Write;

/** Two patterns on one method: the permit is taken before the lock. */
@ReadMostly
public class Quota {
  private long used;

  @Write
  @RateLimited(value = 10, onLimit = OnLimit.FAIL)
  public void use(long amount) { used += amount; }

  @Read
  public long used() { return used; }
}
