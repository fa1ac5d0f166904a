package dev.shuttle.test.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.actor.MailboxFullException;
import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ManualExecutor;
import dev.shuttle.test.Probe;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A user's test of an actor: its turns run on the test thread, its timers and timeouts on the test's clock. */
@ShuttleTest
@Timeout(60) // a bound on a hang, not a timing claim
class ThermostatActorTest {
  private final Probe<String> display = new Probe<>();
  private ManualClock clock;
  private ManualExecutor executor;
  private ThermostatActor thermostat;

  @BeforeEach
  void spawn(ManualClock clock, ManualExecutor executor) {
    this.clock = clock;
    this.executor = executor;
    thermostat = ThermostatActor.spawn(new Thermostat(display), executor);
  }

  @Test
  void nothingRunsUntilTheTestRunsTheActor() {
    thermostat.set(21);
    display.expectNoMessage();
    assertEquals(1, executor.pending(), "one turn of the actor is queued");
    executor.runAll();
    display.expectMessage("set 21");
    display.expectNoMessage();
  }

  @Test
  void theIdleTimerFiresWhenTheClockReachesIt() {
    thermostat.set(21);
    executor.runAll();
    display.expectMessage("set 21");

    clock.advance(Thermostat.IDLE_AFTER.minusSeconds(1));
    executor.runAll();
    display.expectNoMessage();
    thermostat.set(19); // restarts the timer: a minute from now
    executor.runAll();
    display.expectMessage("set 19");
    clock.advance(Duration.ofSeconds(1)); // the first timer's time: it was replaced
    assertTrue(executor.isIdle(), "the replaced timer queued nothing");

    clock.advance(Thermostat.IDLE_AFTER.minusSeconds(1));
    assertEquals(1, executor.pending(), "the timer's message is queued");
    executor.runAll();
    display.expectMessage("idle at 19");
    assertEquals(0, clock.pendingTimers(), "a one-shot timer is gone once it ran");
  }

  @Test
  void anAskTimesOutOnTheTestsClockAndTheMessageIsStillHandled() {
    CompletableFuture<Integer> reply = thermostat.withAskTimeout(Duration.ofSeconds(2)).degrees();
    clock.advance(Duration.ofMillis(1999));
    assertFalse(reply.isDone());
    clock.advance(Duration.ofMillis(1));
    ExecutionException late = assertThrows(ExecutionException.class, reply::get);
    assertInstanceOf(TimeoutException.class, late.getCause());
    assertEquals(1, executor.runAll(), "the accepted message still runs");
  }

  @Test
  void aSenderToAFullMailboxGivesUpWhenTheClockPassesItsSendTimeout() throws Exception {
    thermostat.set(21); // fills the one-message mailbox: the actor has not run
    CompletableFuture<Void> blocked = CompletableFuture.runAsync(
        () -> thermostat.withSendTimeout(Duration.ofSeconds(1)).set(22));
    clock.awaitTimers(1); // the sender waits on the clock
    clock.advance(Duration.ofMillis(999));
    assertFalse(blocked.isDone());
    clock.advance(Duration.ofMillis(1));
    ExecutionException refused = assertThrows(ExecutionException.class, () -> blocked.get(30, TimeUnit.SECONDS));
    assertInstanceOf(MailboxFullException.class, refused.getCause());

    executor.runAll();
    display.expectMessage("set 21");
    display.expectNoMessage();
  }

  @Test
  void aSenderToAFullMailboxGetsInWhenTheActorMakesRoom() throws Exception {
    thermostat.set(21);
    CompletableFuture<Void> blocked = CompletableFuture.runAsync(
        () -> thermostat.withSendTimeout(Duration.ofSeconds(1)).set(22));
    clock.awaitTimers(1);
    executor.runNext(); // the actor takes "set 21": room for one
    blocked.get(30, TimeUnit.SECONDS);
    executor.runAll();
    assertEquals(java.util.List.of("set 21", "set 22"), display.expectMessages(2));
  }
}
