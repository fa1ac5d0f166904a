package golden;

import dev.shuttle.RateLimited;
import java.util.concurrent.CompletionStage;

/** Class-level limit shared by every public method; a method's own annotation wins; generics kept. */
@RateLimited(value = 50, burst = 5)
public class Inventory<T extends Comparable<T>> {
  public T max(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }

  public CompletionStage<Integer> count() { return java.util.concurrent.CompletableFuture.completedFuture(0); }

  public void restock(@RateLimited.Key String warehouse, int amount) {}

  @RateLimited(1)
  public void audit() {}

  void internal() {}
}
