package dev.shuttle.micrometer;

import dev.shuttle.runtime.Snapshot;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One meter of a kind of Shuttle object: its name, what it reads from a snapshot, and how the
 * readings of several objects add up.
 *
 * @param baseUnit what it counts, or null
 * @param tags tags of its own, beside the object's ({@code result}, {@code stage})
 * @param value the counter's count, the gauge's value, or the timer's count
 * @param totalNanos a timer's total time; zero for the others
 */
record Measure(String name, Type type, String description, String baseUnit, List<Tag> tags,
    ToDoubleFunction<Snapshot> value, ToDoubleFunction<Snapshot> totalNanos) {

  enum Type {
    /** Only goes up: what an object counted stays counted after it leaves. */
    COUNTER,
    /** A value now, summed over the objects alive now. */
    GAUGE,
    /** A count and a total time, both counted like a {@link #COUNTER}. */
    TIMER
  }

  boolean accumulates() {
    return type != Type.GAUGE;
  }
}
