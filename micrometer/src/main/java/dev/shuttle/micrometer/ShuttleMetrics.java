package dev.shuttle.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Binds every live Shuttle object of the process ({@code Shuttle.registry()}) to a
 * {@link MeterRegistry}: rate limiters, keyed rate limiters, read-mostly locks, task pools,
 * actors, pipelines and phased runs, including those made after binding.
 *
 * <pre>{@code
 * new ShuttleMetrics().bindTo(meterRegistry);   // Spring Boot: declare it as a MeterBinder bean
 * }</pre>
 *
 * <p>Every meter has the tags {@code name} (what the object's messages call it, such as
 * {@code GitHubClient.repo}), {@code class} (the user's qualified class) and {@code method}
 * ({@code none} where the object does not know them), plus the tags given here. The objects
 * that share all three (the limiters of one method in every instance, the actors of one class)
 * share one set of meters: gauges add up the objects alive now, and counters keep what the
 * objects that left had counted, so short-lived objects add no meters and lose no counts. The
 * meter names and what each reads are in {@code docs/metrics.md}.
 *
 * <p>Meters read the objects' snapshots when the registry polls them; nothing is added to the
 * objects' own paths. {@link #close()} stops following new objects and removes the meters.
 */
public final class ShuttleMetrics implements MeterBinder, AutoCloseable {
  private final Tags tags;
  private final List<Binding> bindings = new CopyOnWriteArrayList<>();

  /** Meters with the object's tags only. */
  public ShuttleMetrics() {
    this(Tags.empty());
  }

  /** Meters with {@code tags} too (an application name, a region). */
  public ShuttleMetrics(Iterable<Tag> tags) {
    this.tags = Tags.of(tags);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    bindings.add(new Binding(registry, tags));
  }

  /** Stops following Shuttle's objects and removes every meter registered by {@link #bindTo}. */
  @Override
  public void close() {
    bindings.forEach(Binding::close);
    bindings.clear();
  }
}
