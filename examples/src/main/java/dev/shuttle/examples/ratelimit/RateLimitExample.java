package dev.shuttle.examples.ratelimit;

import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Three threads ask for 60 forecasts as fast as they can through {@code ConcurrentWeatherClient};
 * the service sees at most 50 a second (after a first burst of 10). Then a third alert query
 * inside a minute is refused at once.
 */
public final class RateLimitExample {
  static final int THREADS = 3;
  static final int CALLS_PER_THREAD = 20;

  public static void main(String[] args) throws Exception {
    FakeWeatherService service = new FakeWeatherService();
    WeatherClient client = new ConcurrentWeatherClient(service);

    AtomicInteger waited = new AtomicInteger();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread caller = new Thread(() -> {
        for (int i = 0; i < CALLS_PER_THREAD; i++) {
          long before = System.nanoTime();
          client.forecast("city-" + i);
          if (System.nanoTime() - before > TimeUnit.MILLISECONDS.toNanos(1)) {
            waited.incrementAndGet();
          }
        }
      });
      threads.add(caller);
      caller.start();
    }
    for (Thread caller : threads) {
      caller.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int calls = service.calls();
    int busiestSecond = service.busiestWindow(TimeUnit.SECONDS.toNanos(1));
    System.out.printf("ratelimit: %d forecasts in %.2f s = %.0f/s (limit 50/s, burst 10); %d callers waited for a permit%n",
        calls, seconds, calls / seconds, waited.get());
    System.out.printf("ratelimit: busiest second at the service: %d calls (bound: burst + rate = 60)%n", busiestSecond);

    client.alerts("north");
    client.alerts("south");
    try {
      client.alerts("east");
      throw new IllegalStateException("the third alert query inside a minute should have been refused");
    } catch (RateLimitExceededException refused) {
      System.out.printf("ratelimit: third alert query refused at once: retry after %d s%n",
          refused.retryAfter().toSeconds());
    }
    // The limiter's bound holds at the instants permits are granted (the runtime's property tests
    // prove it); the service stamps arrivals a moment later, so a caller preempted between its
    // permit and its call can shift one arrival per thread into the busiest window.
    if (busiestSecond > 60 + THREADS) {
      throw new IllegalStateException("the limit was exceeded: " + busiestSecond + " calls in one second");
    }
  }

  private RateLimitExample() {}
}
