package dev.shuttle.examples.readmostly;

import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Write;
import java.util.HashMap;
import java.util.Map;

/** A reader-writer price list: a plain HashMap, made safe by the generated ConcurrentCatalog. */
@ReadMostly
public class Catalog {
  private final Map<String, Integer> prices = new HashMap<>();
  private long total; // kept equal to the sum of prices by every writer

  @Read
  public Integer price(String item) {
    return prices.get(item);
  }

  @Read
  public boolean consistent() {
    long sum = 0;
    for (int price : prices.values()) {
      sum += price;
    }
    return sum == total;
  }

  @Write
  public void put(String item, int price) {
    Integer old = prices.put(item, price);
    total += price - (old == null ? 0 : old);
  }

  @Read
  public int size() {
    return prices.size();
  }

  /** Neither @Read nor @Write: exclusive, the safe default. */
  public void clear() {
    prices.clear();
    total = 0;
  }
}
