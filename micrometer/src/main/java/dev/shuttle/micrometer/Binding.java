package dev.shuttle.micrometer;

import dev.shuttle.runtime.Shuttle;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.ShuttleRegistry;
import dev.shuttle.runtime.Snapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ShuttleMetrics} bound to one {@link MeterRegistry}: it hears of every Shuttle object as it
 * comes and goes, and keeps one {@link MeterGroup} per kind, name, class and method.
 */
final class Binding implements ShuttleRegistry.Listener {
  /** The tag value of a class or method the object does not know. */
  static final String UNKNOWN = "none";

  private final MeterRegistry registry;
  private final Tags tags;
  private final ConcurrentHashMap<Key, MeterGroup> groups = new ConcurrentHashMap<>();
  private final ShuttleRegistry.Subscription subscription;

  /** What the objects of one group share: their meters' identity. */
  private record Key(ShuttleObject.Kind kind, String name, String className, String methodName) {
    static Key of(ShuttleObject object) {
      return new Key(object.kind(), object.name(), object.className().orElse(UNKNOWN),
          object.methodName().orElse(UNKNOWN));
    }
  }

  /** Listens first, then takes the objects alive already: an object is seen twice at worst, never missed. */
  Binding(MeterRegistry registry, Tags tags) {
    this.registry = registry;
    this.tags = tags;
    this.subscription = Shuttle.registry().addListener(this);
    Shuttle.registry().forEach(this::added);
  }

  @Override
  public void added(ShuttleObject object) {
    group(object).add(object);
  }

  @Override
  public void removed(ShuttleObject object, Snapshot last) {
    group(object).remove(object, last);
  }

  private MeterGroup group(ShuttleObject object) {
    Key key = Key.of(object);
    MeterGroup group = groups.get(key);
    if (group != null) {
      return group;
    }
    MeterGroup made = new MeterGroup(Measures.of(key.kind(), object.snapshot()));
    group = groups.putIfAbsent(key, made);
    if (group != null) {
      return group;
    }
    made.register(registry, tags.and("name", key.name(), "class", key.className(), "method", key.methodName()),
        key.kind().name().toLowerCase(Locale.ROOT));
    return made;
  }

  /** Stops listening and removes every meter this binding registered. */
  void close() {
    subscription.close();
    groups.values().forEach(group -> group.removeFrom(registry));
    groups.clear();
  }
}
