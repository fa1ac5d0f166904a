package dev.shuttle.runtime;

import java.util.Optional;

/**
 * One live Shuttle object, as {@link ShuttleRegistry} lists it and a woven class's
 * {@code shuttleObjects()} returns it: what it is, what it is called, and a snapshot of it on demand.
 * One that the registry lists holds what it describes weakly: it never keeps it alive.
 */
public interface ShuttleObject {

  /** What kind of object it is, and so which {@link Snapshot} it gives. */
  enum Kind {
    /** A {@code RateLimiter} of its own or a named bucket: {@code RateLimiterStats}. */
    RATE_LIMITER,
    /** A {@code KeyedRateLimiter}, one object for all its keys: {@code KeyedRateLimiterStats}. */
    KEYED_RATE_LIMITER,
    /** The lock of a {@code @ReadMostly} instance: {@code ReadMostlyStats}. */
    READ_MOSTLY_LOCK,
    /** A {@code TaskPool} of {@code @Async} and {@code @Race}: {@code TaskPoolStats}. */
    TASK_POOL,
    /** An actor: {@code ActorStats}. */
    ACTOR,
    /** A started pipeline whose workers have not all stopped: {@code PipelineStats}. */
    PIPELINE,
    /** One run of a {@code @Phased} class's parties: {@code PhasedStats}. */
    PHASED_RUN
  }

  Kind kind();

  /**
   * What the object is called, as its messages and Flight Recorder events name it: a method
   * ({@code GitHubClient.repo}), a class ({@code Catalog}, {@code com.example.Account}), a pool or
   * a shared bucket ({@code bucket "search"}); {@code unnamed} for a limiter made by hand without
   * a description.
   */
  String name();

  /** The qualified name of the user's class the object belongs to, when it is known. */
  Optional<String> className();

  /** The user's method the object guards, when it guards one method and that is known. */
  Optional<String> methodName();

  /**
   * A snapshot of the object now; empty once it has left the registry (stopped, closed, or
   * garbage collected).
   */
  Optional<Snapshot> snapshot();
}
