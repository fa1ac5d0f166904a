package dev.shuttle.benchmarks.actor;

import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.OnFailure;
import dev.shuttle.runtime.actor.Actors;
import java.time.Duration;

/**
 * The actors {@link ActorScale} uses to price one feature each: every one answers {@code ping()}
 * (the message that touches an idle actor before the feature is used), and one more method uses
 * its feature. Keys and actions are shared constants, so what a feature costs is the runtime's.
 */
final class ScaleActors {
  private ScaleActors() {}

  /** Starts one timer, far in the future, so that it is still pending when the heap is measured. */
  @Actor
  static class Timed {
    private static final Object KEY = "scale";
    private static final Runnable NOTHING = () -> { };

    public boolean ping() {
      return true;
    }

    public boolean arm() {
      Actors.startTimer(KEY, Duration.ofHours(1), NOTHING);
      return Actors.isTimerActive(KEY);
    }
  }

  /** Fails a tell on purpose: the actor keeps a record of its restarts from then on. */
  @Actor(onFailure = FailurePolicy.RESTART)
  static class Fragile {
    public boolean ping() {
      return true;
    }

    public void fail() {
      throw new IllegalStateException("fails on purpose");
    }

    @OnFailure
    void failed(Throwable failure) {
      // expected: not worth a log line per actor
    }
  }

  /** Binds an actor spawned beforehand to its own lifetime, as {@code Actors.child} does for one it spawns. */
  @Actor
  static class Parent {
    public boolean ping() {
      return true;
    }

    public boolean adopt(CounterActor child) {
      return Actors.child(child, CounterActor::stop) == child;
    }
  }

  /** Keeps what {@code self()} returned, in a field that was there (null) before. */
  @Actor
  static class SelfAware {
    private ScaleActors_SelfAwareActor self;

    public boolean ping() {
      return true;
    }

    public boolean remember() {
      self = ScaleActors_SelfAwareActor.self();
      return self != null;
    }
  }
}
