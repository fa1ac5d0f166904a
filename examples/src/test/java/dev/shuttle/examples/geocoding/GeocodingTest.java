package dev.shuttle.examples.geocoding;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A geocoder whose lookups wait for their permits holds no thread: the dashboard, on the
 * executor's one thread, is answered meanwhile. A geocoder that waited on the thread would keep the
 * dashboard waiting until its lookups had run. The geocoder here allows one lookup an hour, so the
 * held lookups stay held for the whole test and nothing depends on timing; that a held message runs
 * once its permit is due is the runtime's test, on a fake clock (RateLimitedMessagesTest).
 */
class GeocodingTest {

  @Test
  @Timeout(60)
  void anUnrelatedActorOnTheSameThreadAnswersWhileLookupsWaitForTheirPermits() throws Exception {
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    try {
      FakeGeoApi api = new FakeGeoApi();
      HourlyGeocoderActor geocoder = HourlyGeocoderActor.spawn(new ConcurrentHourlyGeocoder(api), oneThread);
      DashboardActor dashboard = DashboardActor.spawn(new Dashboard(), oneThread);
      assertTrue(geocoder.lookup("0 First St").get(10, SECONDS).startsWith("0 First St"), "the bucket's one permit");
      List<CompletableFuture<String>> held = Stream.of("1 Main St", "2 High St").map(geocoder::lookup).toList();
      CompletableFuture<Integer> behind = geocoder.requests();

      for (int i = 0; i < 100; i++) {
        dashboard.view();
      }
      assertEquals(100, dashboard.views().get(10, SECONDS), "answered on the thread the geocoder shares");
      assertFalse(held.get(0).isDone(), "the lookups wait for their permits, an hour away");
      assertFalse(behind.isDone(), "the geocoder's own messages wait behind its held lookup, in order");
      assertEquals(1, api.requests());
    } finally {
      oneThread.shutdownNow();
    }
  }

  @Test
  @Timeout(60)
  void theExampleRuns() throws Exception {
    GeocodingExample.main(new String[0]);
  }
}
