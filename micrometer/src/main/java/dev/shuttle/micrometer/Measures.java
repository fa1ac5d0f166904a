package dev.shuttle.micrometer;

import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.Snapshot;
import dev.shuttle.runtime.actor.ActorStats;
import dev.shuttle.runtime.phased.PhasedStats;
import dev.shuttle.runtime.pipeline.PipelineStats;
import dev.shuttle.runtime.pipeline.StageStats;
import dev.shuttle.runtime.pool.TaskPoolStats;
import dev.shuttle.runtime.ratelimit.KeyedRateLimiterStats;
import dev.shuttle.runtime.ratelimit.RateLimiterStats;
import dev.shuttle.runtime.readmostly.ReadMostlyStats;
import io.micrometer.core.instrument.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The meters of each kind of Shuttle object: every meter name this module registers is here. */
final class Measures {
  /** The base unit of a count of things that have none of their own. */
  private static final String NO_UNIT = null;

  private Measures() {}

  /**
   * The meters of {@code kind}.
   *
   * @param first a snapshot of the first object of the group, for the stages of a pipeline
   */
  static List<Measure> of(ShuttleObject.Kind kind, Optional<Snapshot> first) {
    return switch (kind) {
      case RATE_LIMITER -> rateLimiter();
      case KEYED_RATE_LIMITER -> keyedRateLimiter();
      case READ_MOSTLY_LOCK -> readMostlyLock();
      case TASK_POOL -> taskPool();
      case ACTOR -> actor();
      case PIPELINE -> pipeline(first.filter(PipelineStats.class::isInstance).map(PipelineStats.class::cast));
      case PHASED_RUN -> phasedRun();
    };
  }

  private static List<Measure> rateLimiter() {
    Builder<RateLimiterStats> meters = new Builder<>(RateLimiterStats.class);
    meters.counter("shuttle.ratelimit.permits", "Permits handed out, waited for or not", RateLimiterStats::granted,
        Tag.of("result", "granted"));
    meters.counter("shuttle.ratelimit.permits", "Calls refused a permit", RateLimiterStats::refused,
        Tag.of("result", "refused"));
    meters.timer("shuttle.ratelimit.waits", "Permits whose callers waited, and how long",
        RateLimiterStats::waited, RateLimiterStats::totalWaitNanos);
    meters.gauge("shuttle.ratelimit.available", "Permits free now", "permits", RateLimiterStats::availablePermits);
    meters.gauge("shuttle.ratelimit.reserved", "Permits handed out that are not due yet: callers waiting", "permits",
        RateLimiterStats::reservedAhead);
    return meters.measures;
  }

  private static List<Measure> keyedRateLimiter() {
    Builder<KeyedRateLimiterStats> meters = new Builder<>(KeyedRateLimiterStats.class);
    meters.counter("shuttle.ratelimit.permits", "Permits handed out, waited for or not, all keys together",
        KeyedRateLimiterStats::granted, Tag.of("result", "granted"));
    meters.counter("shuttle.ratelimit.permits", "Calls refused a permit, all keys together",
        KeyedRateLimiterStats::refused, Tag.of("result", "refused"));
    meters.timer("shuttle.ratelimit.waits", "Permits whose callers waited, and how long, all keys together",
        KeyedRateLimiterStats::waited, KeyedRateLimiterStats::totalWaitNanos);
    meters.gauge("shuttle.ratelimit.keys", "Keys with a bucket in memory", "keys", KeyedRateLimiterStats::keys);
    return meters.measures;
  }

  private static List<Measure> readMostlyLock() {
    Builder<ReadMostlyStats> meters = new Builder<>(ReadMostlyStats.class);
    meters.counter("shuttle.readmostly.optimistic.failures",
        "Optimistic reads a write spoiled, run again under the read lock", ReadMostlyStats::optimisticRetries);
    meters.gauge("shuttle.readmostly.readers", "Read locks held now", NO_UNIT, ReadMostlyStats::readers);
    meters.gauge("shuttle.readmostly.writers", "Write locks held now", NO_UNIT, s -> s.writeLocked() ? 1 : 0);
    return meters.measures;
  }

  private static List<Measure> taskPool() {
    Builder<TaskPoolStats> meters = new Builder<>(TaskPoolStats.class);
    meters.gauge("shuttle.pool.threads", "Threads of the pool now", "threads", TaskPoolStats::threads);
    meters.gauge("shuttle.pool.active", "Tasks running now", "tasks", TaskPoolStats::active);
    meters.gauge("shuttle.pool.queued", "Tasks waiting for a thread", "tasks", TaskPoolStats::queued);
    meters.counter("shuttle.pool.waits", "Calls that found the queue full and waited for room", TaskPoolStats::waits);
    meters.counter("shuttle.pool.refused", "Calls refused: queue full, wait ran out, or shut down",
        TaskPoolStats::refused);
    meters.counter("shuttle.pool.failed", "Fire-and-forget tasks that threw", TaskPoolStats::failed);
    return meters.measures;
  }

  private static List<Measure> actor() {
    Builder<ActorStats> meters = new Builder<>(ActorStats.class);
    meters.gauge("shuttle.actor.mailbox.size", "Messages waiting in the mailboxes", "messages",
        ActorStats::mailboxSize);
    meters.counter("shuttle.actor.processed", "Messages handled, successfully or not", ActorStats::processed);
    meters.counter("shuttle.actor.failed", "Handlers that threw", ActorStats::failed);
    meters.counter("shuttle.actor.dead.letters", "Tells refused after an actor stopped on a failure",
        ActorStats::deadLetters);
    return meters.measures;
  }

  private static List<Measure> pipeline(Optional<PipelineStats> first) {
    Builder<PipelineStats> meters = new Builder<>(PipelineStats.class);
    meters.counter("shuttle.pipeline.submitted", "Items accepted", PipelineStats::submitted);
    meters.counter("shuttle.pipeline.completed", "Items out of the last stage", PipelineStats::completed);
    for (StageStats stage : first.map(PipelineStats::stages).orElse(List.of())) {
      String name = stage.name();
      Tag tag = Tag.of("stage", name);
      meters.gauge("shuttle.pipeline.stage.depth", "Items waiting in the stage's queue", "items",
          s -> s.stage(name).queued(), tag);
      meters.counter("shuttle.pipeline.stage.completed", "Items the stage handled and passed on",
          s -> s.stage(name).completed(), tag);
      meters.counter("shuttle.pipeline.stage.filtered", "Items the stage dropped", s -> s.stage(name).filtered(), tag);
      meters.counter("shuttle.pipeline.stage.failures", "Items the stage threw on", s -> s.stage(name).failed(), tag);
    }
    return meters.measures;
  }

  private static List<Measure> phasedRun() {
    Builder<PhasedStats> meters = new Builder<>(PhasedStats.class);
    meters.gauge("shuttle.phased.parties.running", "Parties of the runs now that have not finished", "parties",
        PhasedStats::running);
    meters.counter("shuttle.phased.phases", "Phases that every party finished", PhasedStats::phasesCompleted);
    meters.counter("shuttle.phased.failures", "Runs a party or the after-phase action failed",
        s -> s.failed() ? 1 : 0);
    return meters.measures;
  }

  /** Measures that read snapshots of type {@code S}. */
  private static final class Builder<S extends Snapshot> {
    private final Class<S> type;
    final List<Measure> measures = new ArrayList<>();

    Builder(Class<S> type) {
      this.type = type;
    }

    void counter(String name, String description, ToDoubleFunction<S> value, Tag... tags) {
      add(name, Measure.Type.COUNTER, description, NO_UNIT, value, s -> 0, tags);
    }

    void gauge(String name, String description, String baseUnit, ToDoubleFunction<S> value, Tag... tags) {
      add(name, Measure.Type.GAUGE, description, baseUnit, value, s -> 0, tags);
    }

    void timer(String name, String description, ToDoubleFunction<S> count, ToDoubleFunction<S> totalNanos) {
      add(name, Measure.Type.TIMER, description, NO_UNIT, count, totalNanos);
    }

    private void add(String name, Measure.Type kind, String description, String baseUnit, ToDoubleFunction<S> value,
        ToDoubleFunction<S> totalNanos, Tag... tags) {
      measures.add(new Measure(name, kind, description, baseUnit, List.of(tags),
          snapshot -> value.applyAsDouble(type.cast(snapshot)),
          snapshot -> totalNanos.applyAsDouble(type.cast(snapshot))));
    }
  }
}
