package dev.shuttle.benchmarks.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Actors talking to actors, Shuttle beside Pekko typed on the same machine: a ping-pong between
 * two actors that know each other, and a fan-out where one actor tells {@value #LEAVES} actors and
 * each replies into its mailbox. Both are reported per message between actors (two messages make
 * one ping-pong round trip; a fan-out round is {@value #LEAVES} pings and as many replies). Pekko's
 * actors are spawned the idiomatic way, from the guardian's {@code context.spawn}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ActorPeersBenchmark {
  static final int HITS = 10_000;
  static final int LEAVES = 1_000;

  @Param({"shuttle", "pekko"})
  public String target;

  private Peers peers;

  @Setup(Level.Trial)
  public void start() {
    peers = target.equals("shuttle") ? new ShuttlePeers() : new PekkoPeerSystem();
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    peers.close();
  }

  @Benchmark
  @OperationsPerInvocation(HITS)
  public void pingPong() throws Exception {
    CompletableFuture<Void> rally = new CompletableFuture<>();
    peers.rally(rally);
    rally.get(60, TimeUnit.SECONDS);
  }

  @Benchmark
  @OperationsPerInvocation(2 * LEAVES)
  public void fanOut() throws Exception {
    CompletableFuture<Void> round = new CompletableFuture<>();
    peers.round(round);
    round.get(60, TimeUnit.SECONDS);
  }

  /** Two players and a hub with its leaves, behind one of the contenders. */
  private interface Peers {
    void rally(CompletableFuture<Void> rally);

    void round(CompletableFuture<Void> round);

    void close() throws Exception;
  }

  private static final class ShuttlePeers implements Peers {
    private final PlayerActor left = PlayerActor.spawn(new Player());
    private final PlayerActor right = PlayerActor.spawn(new Player());
    private final HubActor hub = HubActor.spawn(new Hub());
    private final List<LeafActor> leaves = new ArrayList<>();

    ShuttlePeers() {
      left.meet(right);
      right.meet(left);
      for (int i = 0; i < LEAVES; i++) {
        leaves.add(LeafActor.spawn(new Leaf()));
      }
      hub.connect(List.copyOf(leaves));
    }

    @Override
    public void rally(CompletableFuture<Void> rally) {
      left.hit(HITS, rally);
    }

    @Override
    public void round(CompletableFuture<Void> round) {
      hub.start(round);
    }

    @Override
    public void close() throws Exception {
      left.stop().get(30, TimeUnit.SECONDS);
      right.stop().get(30, TimeUnit.SECONDS);
      hub.stop().get(30, TimeUnit.SECONDS);
      for (LeafActor leaf : leaves) {
        leaf.stop().get(30, TimeUnit.SECONDS);
      }
    }
  }

  private static final class PekkoPeerSystem implements Peers {
    private final ActorSystem<Void> system;
    private final ActorRef<PekkoPeers.PlayerCommand> left;
    private final ActorRef<PekkoPeers.HubCommand> hub;

    PekkoPeerSystem() {
      CompletableFuture<ActorRef<PekkoPeers.PlayerCommand>> players = new CompletableFuture<>();
      CompletableFuture<ActorRef<PekkoPeers.HubCommand>> hubs = new CompletableFuture<>();
      system = ActorSystem.create(Behaviors.setup(context -> {
        ActorRef<PekkoPeers.PlayerCommand> l = context.spawn(PekkoPeers.player(), "left");
        ActorRef<PekkoPeers.PlayerCommand> r = context.spawn(PekkoPeers.player(), "right");
        l.tell(new PekkoPeers.Meet(r));
        r.tell(new PekkoPeers.Meet(l));
        players.complete(l);
        List<ActorRef<PekkoPeers.Ping>> leaves = new ArrayList<>();
        for (int i = 0; i < LEAVES; i++) {
          leaves.add(context.spawn(PekkoPeers.leaf(), "leaf-" + i));
        }
        ActorRef<PekkoPeers.HubCommand> h = context.spawn(PekkoPeers.hub(), "hub");
        h.tell(new PekkoPeers.Connect(List.copyOf(leaves)));
        hubs.complete(h);
        return Behaviors.empty();
      }), "peers");
      left = players.join();
      hub = hubs.join();
    }

    @Override
    public void rally(CompletableFuture<Void> rally) {
      left.tell(new PekkoPeers.Hit(HITS, rally));
    }

    @Override
    public void round(CompletableFuture<Void> round) {
      hub.tell(new PekkoPeers.Start(round));
    }

    @Override
    public void close() throws Exception {
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }
}
