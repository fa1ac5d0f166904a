package dev.shuttle.examples.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Two generated actors that hold each other's actor hit a ball back and forth a million times. */
class PingPongTest {
  private static final long HITS = 1_000_000;

  @Test
  void aMillionMessagesBetweenTwoActorsArriveEachOnceAndInOrder() throws Exception {
    PaddleActor ping = PaddleActor.spawn(new Paddle());
    PaddleActor pong = PaddleActor.spawn(new Paddle());
    ping.meet(pong);
    pong.meet(ping);
    CompletableFuture<Void> rally = new CompletableFuture<>();

    ping.hit(HITS - 1, rally); // the first of HITS messages; the one carrying 0 is the last
    rally.get(120, SECONDS);

    assertEquals(HITS / 2, ping.received().get(10, SECONDS));
    assertEquals(HITS / 2, pong.received().get(10, SECONDS));
    assertEquals(0, ping.gaps().get(10, SECONDS) + pong.gaps().get(10, SECONDS));
    ping.stop().get(10, SECONDS);
    pong.stop().get(10, SECONDS);
  }
}
