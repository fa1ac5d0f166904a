package golden;

import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Bounded, overloaded, generic and varargs methods, a stage reply, checked exceptions. */
@Actor(mailbox = 128, overflow = Overflow.BLOCK, onFailure = FailurePolicy.STOP, throughput = 16)
class Inbox {
  private final List<Object> items = new ArrayList<>();

  public void put(String item) { items.add(item); }

  public void put(String item, int copies) {
    for (int i = 0; i < copies; i++) items.add(item);
  }

  public void putAll(String... more) { items.addAll(List.of(more)); }

  public <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }

  public <T> List<T> repeat(T value, int times) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < times; i++) out.add(value);
    return out;
  }

  public CompletionStage<Integer> size() { return java.util.concurrent.CompletableFuture.completedFuture(items.size()); }

  public void save(String path) throws java.io.IOException {}
}
