package dev.shuttle.examples.geocoding;

import dev.shuttle.Actor;
import dev.shuttle.RateLimited;
import java.util.concurrent.TimeUnit;

/**
 * {@link Geocoder} at one request an hour: a lookup held for its permit stays held for the whole
 * test, whatever the machine's speed, so what the test sees does not depend on timing.
 */
@Actor
public class HourlyGeocoder {
  private final FakeGeoApi api;

  public HourlyGeocoder(FakeGeoApi api) {
    this.api = api;
  }

  @RateLimited(value = 1, unit = TimeUnit.HOURS, burst = 1)
  public String lookup(String address) {
    return api.geocode(address);
  }

  public int requests() {
    return api.requests();
  }
}
