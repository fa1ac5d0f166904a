package dev.shuttle.examples.geocoding;

import dev.shuttle.Actor;
import dev.shuttle.RateLimited;

/**
 * Geocodes addresses through an API whose usage policy allows one request a second (as
 * OpenStreetMap's Nominatim asks). {@code GeocoderActor} runs the woven {@code ConcurrentGeocoder},
 * so a lookup over the limit waits in the actor's mailbox until its permit is due; the lookups
 * behind it wait their turn, and no thread waits with them.
 */
@Actor
public class Geocoder {
  private final FakeGeoApi api;
  private int lookups; // actor state: one message at a time, no lock

  public Geocoder(FakeGeoApi api) {
    this.api = api;
  }

  @RateLimited(value = 1, burst = 1)
  public String lookup(String address) {
    lookups++;
    return api.geocode(address);
  }

  public int lookups() {
    return lookups;
  }
}
