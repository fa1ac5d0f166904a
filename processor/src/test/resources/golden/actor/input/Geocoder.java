package golden;

import dev.shuttle.Actor;
import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** An actor in front of a rate-limited API: a message over its limit waits in the actor, not on a thread. */
@Actor
public class Geocoder {
  private int calls;

  /** 10 lookups a second. */
  @RateLimited(10)
  public String lookup(String address) {
    calls++;
    return "geo:" + address;
  }

  /** 2 a second per region, in a bucket shared by name; a permit due later than 2 s fails the message. */
  @RateLimited(value = 2, name = "geocoder-refresh", maxWait = 2, maxWaitUnit = TimeUnit.SECONDS)
  public void refresh(@RateLimited.Key String region, int depth) {
    calls += depth;
  }

  /** A future's reply: the call runs on the actor's turn once its permit is due. */
  @RateLimited(value = 1, unit = TimeUnit.MINUTES)
  public CompletionStage<String> reverse(double latitude, double longitude) {
    calls++;
    return CompletableFuture.completedFuture(latitude + "," + longitude);
  }

  /** Refused at once over its limit. */
  @RateLimited(value = 100, onLimit = OnLimit.FAIL)
  public int calls() {
    return calls;
  }
}
