package dev.shuttle.examples.geocoding;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Stands in for a public geocoding API: answers at once and remembers when each request arrived. */
public final class FakeGeoApi {
  private final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();

  String geocode(String address) {
    arrivals.add(System.nanoTime());
    return address + " -> " + Math.floorMod(address.hashCode(), 90) + "." + address.length() + " N";
  }

  /** The most requests that arrived within any window of {@code windowNanos}. */
  int busiestWindow(long windowNanos) {
    List<Long> sorted = new ArrayList<>(arrivals);
    sorted.sort(null);
    int best = 0;
    for (int start = 0, end = 0; end < sorted.size(); end++) {
      while (sorted.get(end) - sorted.get(start) >= windowNanos) {
        start++;
      }
      best = Math.max(best, end - start + 1);
    }
    return best;
  }

  int requests() {
    return arrivals.size();
  }
}
