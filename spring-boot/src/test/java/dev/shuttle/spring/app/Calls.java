package dev.shuttle.spring.app;

import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import java.util.function.Consumer;

/** How many calls in a row a rate limit lets through before it refuses one. */
public final class Calls {
  private Calls() {}

  /** Calls {@code call} until it is refused, at most 1,000 times, and returns how many passed. */
  public static int passing(Consumer<String> call) {
    for (int passed = 0; passed < 1_000; passed++) {
      try {
        call.accept("call " + passed);
      } catch (RateLimitExceededException refused) {
        return passed;
      }
    }
    throw new AssertionError("1,000 calls in a row passed: no limit");
  }
}
