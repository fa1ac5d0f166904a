package dev.shuttle.runtime.actor;

import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.config.OverrideScope;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * How one actor type behaves, as written in its {@code @Actor} annotation. Generated code keeps
 * one instance per actor type in a constant, written as
 * {@code ActorSettings.of("com.example.Account").mailbox(128, Overflow.BLOCK)}: each setting left
 * out keeps its default (an unbounded mailbox, {@link FailurePolicy#RESUME},
 * {@link #DEFAULT_THROUGHPUT}). Immutable: each method returns a new instance.
 */
@InternalApi
public final class ActorSettings {

  /**
   * Messages an actor handles per turn before giving its thread to the next actor. Chosen by
   * {@code ActorThroughputSweepBenchmark} (BENCHMARKS.md, "Default throughput"): a much smaller
   * value re-submits the actor to its pool too often, and no value tried beat this one; a larger
   * value would only let one busy actor keep a thread for longer.
   *
   * <p>On the default pool (a FIFO {@code ForkJoinPool}) a yielding actor goes back on its own
   * worker's queue, which that worker drains before it looks at work submitted from outside the
   * pool: the turn boundary lets in actors queued on the same worker (sent to from actor code),
   * while a send from a non-pool thread waits for a worker to run out of local work.
   */
  public static final int DEFAULT_THROUGHPUT = 64;

  /** {@link #mailboxCapacity()} of an unbounded mailbox. */
  private static final int UNBOUNDED = 0;

  private final String actorType;
  private final int mailboxCapacity;
  private final Overflow overflow;
  private final FailurePolicy onFailure;
  private final int throughput;
  private final Restarts restarts;
  private final boolean rateLimitedMessages;
  /** These settings with their overrides, and the version of the override sources they were read at. */
  private volatile Configured configured;

  private record Configured(long version, ActorSettings settings) {}

  private ActorSettings(String actorType, int mailboxCapacity, Overflow overflow, FailurePolicy onFailure,
      int throughput, Restarts restarts, boolean rateLimitedMessages) {
    this.actorType = actorType;
    this.mailboxCapacity = mailboxCapacity;
    this.overflow = overflow;
    this.onFailure = onFailure;
    this.throughput = throughput;
    this.restarts = restarts;
    this.rateLimitedMessages = rateLimitedMessages;
  }

  /**
   * How a {@link FailurePolicy#RESTART} actor restarts: at most {@code max} restarts within
   * {@code windowNanos}, the first in the window after {@code backoffNanos}, each next one after
   * twice the one before, at most the window.
   */
  record Restarts(int max, long windowNanos, long backoffNanos) {
    static final Restarts DEFAULT = new Restarts(Actor.DEFAULT_MAX_RESTARTS,
        TimeUnit.SECONDS.toNanos(Actor.DEFAULT_RESTART_WITHIN_SECONDS),
        TimeUnit.MILLISECONDS.toNanos(Actor.DEFAULT_RESTART_BACKOFF_MILLIS));

    /** The wait before the next message after the {@code n}th restart in the window (from 1). */
    long backoffAfter(int n) {
      long wait = backoffNanos;
      for (int doubled = 1; doubled < n && wait < windowNanos; doubled++) {
        wait <<= 1; // below the window, which is below 2^62 ns: no overflow
      }
      return Math.min(wait, windowNanos);
    }
  }

  /**
   * The defaults for {@code actorType}: an unbounded mailbox, {@link FailurePolicy#RESUME} and
   * {@link #DEFAULT_THROUGHPUT}.
   *
   * @param actorType the user's class, for thread names, logs and JFR events
   */
  public static ActorSettings of(String actorType) {
    Objects.requireNonNull(actorType, "actorType");
    return new ActorSettings(
        actorType, UNBOUNDED, Overflow.BLOCK, FailurePolicy.RESUME, DEFAULT_THROUGHPUT, Restarts.DEFAULT, false);
  }

  /**
   * A mailbox of at most {@code capacity} messages; {@code overflow} says what a send into the
   * full mailbox does.
   *
   * @throws IllegalArgumentException if {@code capacity} is not between 1 and {@link Actor#MAX_MAILBOX}
   */
  public ActorSettings mailbox(int capacity, Overflow overflow) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "An actor's mailbox capacity must be at least 1 (leave it out for an unbounded mailbox), was " + capacity);
    }
    if (capacity > Actor.MAX_MAILBOX) {
      throw new IllegalArgumentException("An actor's mailbox capacity must be at most " + Actor.MAX_MAILBOX
          + " (leave it out for an unbounded mailbox), was " + capacity);
    }
    Objects.requireNonNull(overflow, "overflow");
    return new ActorSettings(actorType, capacity, overflow, onFailure, throughput, restarts, rateLimitedMessages);
  }

  /** What the actor does after a tell fails. */
  public ActorSettings onFailure(FailurePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return new ActorSettings(actorType, mailboxCapacity, overflow, policy, throughput, restarts, rateLimitedMessages);
  }

  /**
   * Messages per turn before the actor yields its thread.
   *
   * @throws IllegalArgumentException if {@code messages} is not positive
   */
  public ActorSettings throughput(int messages) {
    if (messages < 1) {
      throw new IllegalArgumentException(
          "An actor's throughput must be at least 1 message per turn (leave it out for the default), was " + messages);
    }
    return new ActorSettings(actorType, mailboxCapacity, overflow, onFailure, messages, restarts, rateLimitedMessages);
  }

  /**
   * How a {@link FailurePolicy#RESTART} actor restarts, as {@code @Actor}'s {@code maxRestarts},
   * {@code restartWithinSeconds} and {@code restartBackoffMillis} say.
   *
   * @throws IllegalArgumentException if {@code max} or {@code withinSeconds} is below 1, or
   *     {@code backoffMillis} is negative
   */
  public ActorSettings restarts(int max, int withinSeconds, int backoffMillis) {
    if (max < 1) {
      throw new IllegalArgumentException("An actor's maxRestarts must be at least 1, was " + max);
    }
    if (withinSeconds < 1) {
      throw new IllegalArgumentException("An actor's restartWithinSeconds must be at least 1, was " + withinSeconds);
    }
    if (backoffMillis < 0) {
      throw new IllegalArgumentException("An actor's restartBackoffMillis must not be negative, was " + backoffMillis);
    }
    return new ActorSettings(actorType, mailboxCapacity, overflow, onFailure, throughput, new Restarts(
        max, TimeUnit.SECONDS.toNanos(withinSeconds), TimeUnit.MILLISECONDS.toNanos(backoffMillis)),
        rateLimitedMessages);
  }

  /**
   * Some of the actor's messages wait for a rate-limit permit ({@code @RateLimited} with
   * {@code onLimit = WAIT} on the actor's class): the actor reserves each message's permit before
   * it runs it ({@link ActorCell#reservePermit}). An actor without says nothing, and pays nothing.
   */
  public ActorSettings rateLimitedMessages() {
    return new ActorSettings(actorType, mailboxCapacity, overflow, onFailure, throughput, restarts, true);
  }

  /**
   * These settings with the {@linkplain dev.shuttle.runtime.config.Overrides deploy-time overrides} of {@code <actorType>/Actor/...}:
   * {@code mailbox} (0 for unbounded), {@code throughput}, {@code maxRestarts},
   * {@code restartWithinSeconds} and {@code restartBackoffMillis}. Read at the first spawn, and
   * again only after the override sources change: a spawn pays one check.
   *
   * @throws OverrideException if an override is not a number or is out of range
   */
  ActorSettings configured() {
    Configured current = configured;
    if (current == null || current.version != OverrideScope.version()) {
      long version = OverrideScope.version();
      current = new Configured(version, readOverrides());
      configured = current;
    }
    return current.settings;
  }

  private ActorSettings readOverrides() {
    OverrideScope scope = OverrideScope.of(actorType + "/Actor");
    int capacity = scope.intValue("mailbox", mailboxCapacity);
    int messages = scope.intValue("throughput", throughput);
    int max = scope.intValue("maxRestarts", restarts.max());
    long window = scope.longValue("restartWithinSeconds", TimeUnit.NANOSECONDS.toSeconds(restarts.windowNanos()));
    long backoff = scope.longValue("restartBackoffMillis", TimeUnit.NANOSECONDS.toMillis(restarts.backoffNanos()));
    if (!scope.isOverridden()) {
      return this;
    }
    return scope.build(() -> {
      ActorSettings settings = capacity == UNBOUNDED
          ? new ActorSettings(actorType, UNBOUNDED, overflow, onFailure, throughput, restarts, rateLimitedMessages)
          : mailbox(capacity, overflow);
      return settings.throughput(messages).restarts(max, toInt(window, "restartWithinSeconds"),
          toInt(backoff, "restartBackoffMillis"));
    });
  }

  private static int toInt(long value, String attribute) {
    if (value != (int) value) {
      throw new IllegalArgumentException("An actor's " + attribute + " must be at most " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /** How a {@link FailurePolicy#RESTART} actor restarts. */
  Restarts restarts() {
    return restarts;
  }

  /** The user's class, for thread names, logs and JFR events. */
  public String actorType() {
    return actorType;
  }

  /** Whether the mailbox has a capacity; an unbounded one never makes a sender wait or fail. */
  public boolean boundedMailbox() {
    return mailboxCapacity != UNBOUNDED;
  }

  /** The mailbox capacity; meaningful only if {@link #boundedMailbox()}. */
  public int mailboxCapacity() {
    return mailboxCapacity;
  }

  /** What a send into a full mailbox does. */
  public Overflow overflow() {
    return overflow;
  }

  /** What the actor does after a tell fails. */
  public FailurePolicy onFailure() {
    return onFailure;
  }

  /** Messages per turn before the actor yields its thread. */
  public int throughput() {
    return throughput;
  }

  /** Whether some messages wait for a rate-limit permit: see {@link #rateLimitedMessages()}. */
  public boolean hasRateLimitedMessages() {
    return rateLimitedMessages;
  }

  /** For example {@code golden.Inbox (mailbox 128, BLOCK, STOP, throughput 16)}. */
  @Override
  public String toString() {
    return actorType + " (mailbox " + (boundedMailbox() ? mailboxCapacity + ", " + overflow : "unbounded")
        + ", " + onFailure + ", throughput " + throughput + ")";
  }
}
