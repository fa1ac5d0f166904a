package dev.shuttle.examples.geocoding;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Three lookups through a geocoder limited to one request a second, and a dashboard actor that
 * takes 1,000 page views meanwhile: both actors run on one thread, and the dashboard answers while
 * the geocoder's lookups wait for their permits.
 */
public final class GeocodingExample {
  static final List<String> ADDRESSES = List.of("1 Main St", "2 High St", "3 Mill Lane");
  static final int VIEWS = 1_000;

  public static void main(String[] args) throws Exception {
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    try {
      FakeGeoApi api = new FakeGeoApi();
      GeocoderActor geocoder = GeocoderActor.spawn(new ConcurrentGeocoder(api), oneThread);
      DashboardActor dashboard = DashboardActor.spawn(new Dashboard(), oneThread);

      long start = System.nanoTime();
      List<CompletableFuture<String>> places = ADDRESSES.stream().map(geocoder::lookup).toList();
      for (int i = 0; i < VIEWS; i++) {
        dashboard.view();
      }
      long views = dashboard.views().get(10, TimeUnit.SECONDS);
      boolean lastLookupWaiting = !places.get(places.size() - 1).isDone();
      for (CompletableFuture<String> place : places) {
        System.out.println("geocoding: " + place.get(10, TimeUnit.SECONDS));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("geocoding: %d lookups at 1/s took %.1f s; on the same thread the dashboard took %d views "
          + "meanwhile (the last lookup was still waiting for its permit: %b)%n", api.requests(), seconds, views,
          lastLookupWaiting);
      // The limiter's bound (burst 1 + 1 a second) holds at the instants permits are granted.
      int busiestSecond = api.busiestWindow(TimeUnit.SECONDS.toNanos(1));
      if (busiestSecond > 2) {
        throw new IllegalStateException("the limit was exceeded: " + busiestSecond + " requests in one second");
      }
      geocoder.stop().get(10, TimeUnit.SECONDS);
      dashboard.stop().get(10, TimeUnit.SECONDS);
    } finally {
      oneThread.shutdown();
    }
  }

  private GeocodingExample() {}
}
