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
 * The geocoder's limit (one request a second) holds its lookups after the first for one, two, three
 * and four seconds; the dashboard, on the executor's one thread, is answered meanwhile. A geocoder
 * that waited on the thread would keep the dashboard waiting until its lookups had run. Nothing is
 * timed: the test only looks at what had completed when the dashboard answered.
 */
class GeocodingTest {

  @Test
  @Timeout(60)
  void anUnrelatedActorOnTheSameThreadAnswersWhileLookupsWaitForTheirPermits() throws Exception {
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    try {
      FakeGeoApi api = new FakeGeoApi();
      GeocoderActor geocoder = GeocoderActor.spawn(new ConcurrentGeocoder(api), oneThread);
      DashboardActor dashboard = DashboardActor.spawn(new Dashboard(), oneThread);
      geocoder.lookup("0 First St").get(10, SECONDS); // the bucket's one permit
      List<CompletableFuture<String>> held = Stream.of("1 Main St", "2 High St", "3 Mill Lane", "4 Low Rd")
          .map(geocoder::lookup)
          .toList();
      CompletableFuture<Integer> behind = geocoder.lookups();

      dashboard.view();
      assertEquals(1, dashboard.views().get(10, SECONDS));
      assertFalse(held.get(3).isDone(), "the dashboard was answered while the lookups waited for their permits");
      assertFalse(behind.isDone(), "the geocoder's own messages wait behind its held lookups");

      assertTrue(held.get(0).get(10, SECONDS).startsWith("1 Main St"), "a held lookup runs when its permit is due");
      assertTrue(api.requests() < 5, "the last lookups are still waiting for their permits");
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
