package dev.shuttle.examples.geocoding;

import dev.shuttle.Actor;

/** An actor with nothing to do with geocoding: it counts page views, and shares the geocoder's thread. */
@Actor
public class Dashboard {
  private long views;

  public void view() {
    views++;
  }

  public long views() {
    return views;
  }
}
