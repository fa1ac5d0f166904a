package dev.shuttle.micrometer;

import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.Snapshot;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The meters of every object with the same kind, name, class and method (all the actors of one
 * class, the limiters of one method in all instances): one set of meters however many objects
 * come and go, so that short-lived objects add no meters.
 *
 * <p>A gauge is the sum over the objects alive now. A counter only goes up: it is what the objects
 * alive now have counted, plus what the objects that left had counted, taken from the last
 * snapshot the registry sent as each left (or, for one that was garbage collected instead, the
 * last reading of it: what it counted since is lost).
 */
final class MeterGroup {
  private final List<Measure> measures;
  /** The last reading of each object: per measure, its value then its total time. Guarded by this. */
  private final Map<ShuttleObject, double[]> members = new HashMap<>();
  /** What the objects that left had counted, in the same slots. Guarded by this. */
  private final double[] left;
  private final List<Meter> meters = new CopyOnWriteArrayList<>(); // made by one thread, removed by another

  MeterGroup(List<Measure> measures) {
    this.measures = measures;
    this.left = new double[2 * measures.size()];
  }

  /** Registers one meter per measure, and {@code shuttle.objects}, with the group's tags. */
  void register(MeterRegistry registry, Tags tags, String kind) {
    for (int i = 0; i < measures.size(); i++) {
      meters.add(register(registry, measures.get(i), i, tags));
    }
    meters.add(Gauge.builder("shuttle.objects", this, MeterGroup::live)
        .description("Shuttle objects of this kind, name, class and method alive now")
        .tags(tags).tag("kind", kind)
        .register(registry));
  }

  private Meter register(MeterRegistry registry, Measure measure, int index, Tags tags) {
    Tags all = tags.and(measure.tags());
    return switch (measure.type()) {
      case COUNTER -> FunctionCounter.builder(measure.name(), this, group -> group.total(2 * index))
          .description(measure.description()).baseUnit(measure.baseUnit()).tags(all).register(registry);
      case GAUGE -> Gauge.builder(measure.name(), this, group -> group.total(2 * index))
          .description(measure.description()).baseUnit(measure.baseUnit()).tags(all).register(registry);
      case TIMER -> FunctionTimer.builder(measure.name(), this, group -> (long) group.total(2 * index),
              group -> group.total(2 * index + 1), TimeUnit.NANOSECONDS)
          .description(measure.description()).tags(all).register(registry);
    };
  }

  void removeFrom(MeterRegistry registry) {
    meters.forEach(registry::remove);
  }

  /** {@code object} came: it counts from now on (nothing yet). */
  synchronized void add(ShuttleObject object) {
    members.putIfAbsent(object, new double[left.length]);
  }

  /** {@code object} left with {@code last}: what it counted stays in the counters. */
  synchronized void remove(ShuttleObject object, Snapshot last) {
    members.remove(object);
    addCounted(read(last), left);
  }

  /** Slot {@code slot} summed over the group, after reading every object again. */
  private synchronized double total(int slot) {
    refresh();
    double total = measures.get(slot / 2).accumulates() ? left[slot] : 0;
    for (double[] reading : members.values()) {
      total += reading[slot];
    }
    return total;
  }

  private synchronized double live() {
    refresh();
    return members.size();
  }

  /** Reads each object again; one that is gone leaves its last reading in the counters. */
  private void refresh() {
    for (Iterator<Map.Entry<ShuttleObject, double[]>> it = members.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<ShuttleObject, double[]> member = it.next();
      Optional<Snapshot> now = member.getKey().snapshot();
      if (now.isPresent()) {
        member.setValue(read(now.get()));
      } else {
        addCounted(member.getValue(), left);
        it.remove();
      }
    }
  }

  private double[] read(Snapshot snapshot) {
    double[] reading = new double[left.length];
    for (int i = 0; i < measures.size(); i++) {
      reading[2 * i] = measures.get(i).value().applyAsDouble(snapshot);
      reading[2 * i + 1] = measures.get(i).totalNanos().applyAsDouble(snapshot);
    }
    return reading;
  }

  private void addCounted(double[] reading, double[] into) {
    for (int i = 0; i < measures.size(); i++) {
      if (measures.get(i).accumulates()) {
        into[2 * i] += reading[2 * i];
        into[2 * i + 1] += reading[2 * i + 1];
      }
    }
  }
}
