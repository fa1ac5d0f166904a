package dev.shuttle.runtime.actor;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.ratelimit.RateLimiter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A hand-written actor in the shape the processor generates for a class whose {@code @RateLimited}
 * waits: {@link #reservePermit} reserves a {@code LIMITED} message's permit from the limiter, and
 * {@link #dispatch} then runs it without taking another, as the generated loop calls the woven
 * class's call past its limit. {@code FREE} messages need no permit. Its timer is the test's.
 */
class PermitActor extends ActorCell {
  private static final int LIMITED = 0;
  private static final int FREE = 1;

  final List<String> handled = new ArrayList<>(); // actor state: the names, in the order handled
  final List<Throwable> tellFailures = new ArrayList<>();
  int reservations; // calls of reservePermit, whatever the kind
  private final RateLimiter limiter;
  private final long maxWaitNanos; // negative: wait as long as it takes
  private final ShuttleClock clock;

  PermitActor(ActorSettings settings, Executor executor, ShuttleClock clock, RateLimiter limiter, long maxWaitNanos) {
    super(settings, executor);
    this.clock = clock;
    this.limiter = limiter;
    this.maxWaitNanos = maxWaitNanos;
  }

  CompletableFuture<String> limited(String name) {
    return ask(new Ask(LIMITED, name));
  }

  void tellLimited(String name) {
    tell(new Tell(LIMITED, name));
  }

  CompletableFuture<String> free(String name) {
    return ask(new Ask(FREE, name));
  }

  @Override
  protected long reservePermit(ActorMessage message) {
    reservations++;
    if (message.kind != LIMITED) {
      return 0;
    }
    return maxWaitNanos < 0 ? limiter.reserve() : limiter.reserve(maxWaitNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  protected void dispatch(ActorMessage message) {
    if (message instanceof Ask ask) {
      handled.add(ask.name);
      ask.replyWith(ask.name);
    } else {
      handled.add(((Tell) message).name);
    }
  }

  @Override
  protected void onFailure(Throwable failure) {
    tellFailures.add(failure);
  }

  @Override
  ShuttleClock clock() {
    return clock;
  }

  private static final class Ask extends AskMessage<String> {
    final String name;

    Ask(int kind, String name) {
      super(kind);
      this.name = name;
    }
  }

  private static final class Tell extends ActorMessage {
    final String name;

    Tell(int kind, String name) {
      super(kind);
      this.name = name;
    }
  }
}
