package dev.shuttle.benchmarks.actor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * {@link Player}, {@link Hub} and {@link Leaf} as Pekko typed actors, written the functional way
 * the Pekko Java docs write small stateless or state-carrying behaviours.
 */
final class PekkoPeers {
  private PekkoPeers() {}

  sealed interface PlayerCommand permits Meet, Hit {}

  record Meet(ActorRef<PlayerCommand> partner) implements PlayerCommand {}

  record Hit(long hitsLeft, CompletableFuture<Void> rally) implements PlayerCommand {}

  static Behavior<PlayerCommand> player() {
    return Behaviors.receive(PlayerCommand.class)
        .onMessage(Meet.class, meet -> playing(meet.partner()))
        .build();
  }

  private static Behavior<PlayerCommand> playing(ActorRef<PlayerCommand> partner) {
    return Behaviors.receive(PlayerCommand.class)
        .onMessage(Hit.class, hit -> {
          if (hit.hitsLeft() == 0) {
            hit.rally().complete(null);
          } else {
            partner.tell(new Hit(hit.hitsLeft() - 1, hit.rally()));
          }
          return Behaviors.same();
        })
        .build();
  }

  sealed interface HubCommand permits Connect, Start, Pong {}

  record Connect(List<ActorRef<Ping>> leaves) implements HubCommand {}

  record Start(CompletableFuture<Void> round) implements HubCommand {}

  enum Pong implements HubCommand { INSTANCE }

  record Ping(ActorRef<HubCommand> hub) {}

  static Behavior<HubCommand> hub() {
    return Behaviors.setup(context -> new Object() {
      List<ActorRef<Ping>> leaves = List.of();
      int waiting;
      CompletableFuture<Void> round;

      Behavior<HubCommand> behavior() {
        return Behaviors.receive(HubCommand.class)
            .onMessage(Connect.class, connect -> {
              leaves = connect.leaves();
              return Behaviors.same();
            })
            .onMessage(Start.class, start -> {
              round = start.round();
              waiting = leaves.size();
              for (ActorRef<Ping> leaf : leaves) {
                leaf.tell(new Ping(context.getSelf()));
              }
              return Behaviors.same();
            })
            .onMessageEquals(Pong.INSTANCE, () -> {
              if (--waiting == 0) {
                round.complete(null);
              }
              return Behaviors.same();
            })
            .build();
      }
    }.behavior());
  }

  static Behavior<Ping> leaf() {
    return Behaviors.receive(Ping.class)
        .onMessage(Ping.class, ping -> {
          ping.hub().tell(Pong.INSTANCE);
          return Behaviors.same();
        })
        .build();
  }
}
