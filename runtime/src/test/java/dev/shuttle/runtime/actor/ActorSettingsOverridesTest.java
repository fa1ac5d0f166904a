package dev.shuttle.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.testing.ManualExecutor;
import dev.shuttle.runtime.testing.MapOverrideSource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActorSettingsOverridesTest {
  private static final String TYPE = "com.example.Account";

  private final MapOverrideSource source = new MapOverrideSource();
  private final ActorSettings declared = ActorSettings.of(TYPE).onFailure(FailurePolicy.RESTART).throughput(16);

  @AfterEach
  void removeOverrides() {
    source.close();
  }

  @Test
  void withoutOverridesTheDeclaredSettingsAreKept() {
    assertSame(declared, declared.configured());
  }

  @Test
  void mailboxThroughputAndRestartsAreOverridden() {
    source.put(TYPE + "/Actor/mailbox", "500")
        .put(TYPE + "/Actor/throughput", "4")
        .put(TYPE + "/Actor/maxRestarts", "3")
        .put(TYPE + "/Actor/restartWithinSeconds", "60")
        .put(TYPE + "/Actor/restartBackoffMillis", "5");
    ActorSettings configured = declared.configured();
    assertTrue(configured.boundedMailbox());
    assertEquals(500, configured.mailboxCapacity());
    assertEquals(Overflow.BLOCK, configured.overflow());
    assertEquals(4, configured.throughput());
    assertEquals(FailurePolicy.RESTART, configured.onFailure(), "what is not overridden stays");
    assertEquals(new ActorSettings.Restarts(3, TimeUnit.SECONDS.toNanos(60), TimeUnit.MILLISECONDS.toNanos(5)),
        configured.restarts());
  }

  @Test
  void aMailboxOfZeroIsUnbounded() {
    ActorSettings bounded = ActorSettings.of(TYPE).mailbox(10, Overflow.REJECT);
    source.put(TYPE + "/Actor/mailbox", "0");
    assertFalse(bounded.configured().boundedMailbox());
  }

  @Test
  void settingsAreReadOnceUntilTheSourcesChange() {
    source.put(TYPE + "/Actor/throughput", "4");
    ActorSettings first = declared.configured();
    assertSame(first, declared.configured(), "a spawn pays one check, not a read");
    source.put(TYPE + "/Actor/throughput", "8");
    ActorSettings second = declared.configured();
    assertNotSame(first, second);
    assertEquals(8, second.throughput());
  }

  @Test
  void aMailboxAboveTheProcessorsLimitFailsNamingTheKey() {
    source.put(TYPE + "/Actor/mailbox", String.valueOf(Actor.MAX_MAILBOX + 1L));
    OverrideException refused = assertThrows(OverrideException.class, declared::configured);
    assertEquals(TYPE + "/Actor/mailbox", refused.key());
    assertTrue(refused.getMessage().contains("at most " + Actor.MAX_MAILBOX), refused.getMessage());
  }

  @Test
  void aSpawnedActorHasTheOverriddenMailbox() {
    source.put("Counter/Actor/mailbox", "2");
    ManualExecutor executor = new ManualExecutor(); // runs nothing until told: the mailbox fills
    CounterActor actor = new CounterActor(CounterActor.unbounded(), executor, 1);
    actor.count(0, 1);
    actor.count(0, 2);
    assertThrows(MailboxFullException.class, () -> actor.count(0, 3, 0), "full: a zero timeout does not wait");
    executor.runAll();
    assertEquals(2, actor.counted);
  }
}
