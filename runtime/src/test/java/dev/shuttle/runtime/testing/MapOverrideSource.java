package dev.shuttle.runtime.testing;

import dev.shuttle.runtime.config.OverrideSource;
import dev.shuttle.runtime.config.Overrides;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A listable override source over a map, added on creation and removed by {@link #close()}. */
public final class MapOverrideSource implements OverrideSource, AutoCloseable {
  private final Map<String, String> values = new ConcurrentHashMap<>();

  public MapOverrideSource() {
    Overrides.addSource(this);
  }

  /** Sets an override; objects created from now on read it. */
  public MapOverrideSource put(String key, String value) {
    values.put(key, value);
    Overrides.refresh();
    return this;
  }

  @Override
  public String value(String key) {
    return values.get(key);
  }

  @Override
  public Set<String> keys() {
    return values.keySet();
  }

  @Override
  public void close() {
    Overrides.removeSource(this);
  }

  @Override
  public String toString() {
    return "MapOverrideSource";
  }
}
