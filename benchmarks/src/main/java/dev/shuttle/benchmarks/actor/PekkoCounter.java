package dev.shuttle.benchmarks.actor;

import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * {@link Counter} as a Pekko typed actor, written the way the Pekko Java docs write a stateful
 * actor: an {@link AbstractBehavior} with a mutable field and a receive builder.
 *
 * <p>Two ways to ask: {@link Get} carries an {@code ActorRef} for {@code AskPattern.ask} (the
 * idiomatic way; Pekko creates a temporary reply ActorRef and schedules a timeout per ask), and
 * {@link GetInto} carries a {@code CompletableFuture} that the actor completes (the fastest way
 * a Pekko user can write a request/reply from outside the actor system).
 */
final class PekkoCounter extends AbstractBehavior<PekkoCounter.Command> {

  sealed interface Command permits Add, Get, GetInto {}

  record Add(long amount) implements Command {}

  record Get(ActorRef<Long> replyTo) implements Command {}

  record GetInto(CompletableFuture<Long> reply) implements Command {}

  static Behavior<Command> create() {
    return Behaviors.setup(PekkoCounter::new);
  }

  private long count;

  private PekkoCounter(ActorContext<Command> context) {
    super(context);
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Add.class, this::onAdd)
        .onMessage(Get.class, this::onGet)
        .onMessage(GetInto.class, this::onGetInto)
        .build();
  }

  private Behavior<Command> onAdd(Add add) {
    count += add.amount();
    return this;
  }

  private Behavior<Command> onGet(Get get) {
    get.replyTo().tell(count);
    return this;
  }

  private Behavior<Command> onGetInto(GetInto get) {
    get.reply().complete(count);
    return this;
  }
}
