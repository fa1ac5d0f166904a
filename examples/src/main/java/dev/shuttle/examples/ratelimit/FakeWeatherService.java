package dev.shuttle.examples.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Stands in for a remote service: answers at once and remembers when each call arrived. */
public final class FakeWeatherService {
  private final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();

  String forecast(String city) {
    arrivals.add(System.nanoTime());
    return city + ": sunny";
  }

  String alerts(String region) {
    arrivals.add(System.nanoTime());
    return region + ": no alerts";
  }

  /** The most calls that arrived within any window of {@code windowNanos}. */
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

  int calls() {
    return arrivals.size();
  }
}
