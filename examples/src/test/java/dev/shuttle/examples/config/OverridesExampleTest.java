package dev.shuttle.examples.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.config.OverrideSource;
import dev.shuttle.runtime.config.Overrides;
import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Deploy-time overrides on generated code, as a user sets them: keys named after the annotated
 * class, method, annotation and attribute, read when the generated object is made. The test's
 * manual clock stands still, so a rate limit lets exactly its burst through.
 */
@ShuttleTest
@Timeout(60)
class OverridesExampleTest {
  private static final String PREFIX = "dev.shuttle.examples.config.Overridden.";

  private final Map<String, String> values = new ConcurrentHashMap<>();
  private final OverrideSource source = new OverrideSource() {
    @Override
    public String value(String key) {
      return values.get(key);
    }

    @Override
    public Set<String> keys() {
      return values.keySet();
    }
  };

  private void override(String key, String value) {
    values.put(PREFIX + key, value);
    Overrides.refresh();
  }

  @AfterEach
  void removeSource() {
    Overrides.removeSource(source);
  }

  @Test
  void aRateLimitLetsItsDeclaredBurstThroughWithoutOverrides() {
    Overrides.addSource(source);
    assertEquals(2, callsBeforeRefusal(new ConcurrentOverridden_Client()));
  }

  @Test
  void anOverriddenRateLetsItsOwnBurstThrough() {
    Overrides.addSource(source);
    override("Client/call/RateLimited/value", "5");
    assertEquals(5, callsBeforeRefusal(new ConcurrentOverridden_Client()));
  }

  @Test
  void aSystemPropertyOverridesToo() {
    String key = PREFIX + "Client/call/RateLimited/value";
    System.setProperty(key, "3");
    Overrides.refresh();
    try {
      assertEquals(3, callsBeforeRefusal(new ConcurrentOverridden_Client()));
    } finally {
      System.clearProperty(key);
      Overrides.refresh();
    }
  }

  @Test
  void aBadValueFailsTheConstructionNamingKeyValueAndRule() {
    Overrides.addSource(source);
    override("Client/call/RateLimited/value", "0");
    OverrideException refused = assertThrows(OverrideException.class, ConcurrentOverridden_Client::new);
    assertEquals(PREFIX + "Client/call/RateLimited/value", refused.key());
    assertEquals("0", refused.value());
    assertTrue(refused.getMessage().contains("positive number of permits"), refused.getMessage());
  }

  @Test
  void aForkJoinThresholdOverrideChangesHowFarItSplits() {
    Overrides.addSource(source);
    Overridden.Leaves declared = new ConcurrentOverridden_Leaves();
    declared.visit(0, 4_000);
    assertEquals(4, declared.leaves.get(), "4000 split in halves down to at most 1000");
    override("Leaves/visit/ForkJoin/threshold", "250");
    Overridden.Leaves overridden = new ConcurrentOverridden_Leaves();
    overridden.visit(0, 4_000);
    assertEquals(16, overridden.leaves.get());
  }

  @Test
  void aPhasedPartiesOverrideRunsThatManyParties() {
    Overrides.addSource(source);
    assertEquals(2, Overridden_PartyPhases.parties());
    override("Party/Phased/parties", "5");
    assertEquals(5, Overridden_PartyPhases.parties());
    Overridden.Party party = new Overridden.Party();
    Overridden_PartyPhases.run(party);
    assertEquals(Set.of(0, 1, 2, 3, 4), party.parties);
  }

  @Test
  void aPipelineBoundOverrideGivesTheQueueThatRoom() throws Exception {
    Overrides.addSource(source);
    override("Gate/Pipeline/bound", "5");
    Overridden.Gate gate = new Overridden.Gate();
    Overridden_GatePipeline pipeline = Overridden_GatePipeline.start(gate);
    try {
      pipeline.submit(0);
      assertTrue(gate.entered.await(30, TimeUnit.SECONDS), "the worker holds the first item");
      for (int item = 1; item <= 5; item++) {
        assertTrue(pipeline.offer(item, Duration.ZERO), "room for 5 behind the worker, item " + item);
      }
      assertFalse(pipeline.offer(6, Duration.ZERO), "the sixth waits for room");
    } finally {
      gate.open.countDown();
      pipeline.close().get(30, TimeUnit.SECONDS);
    }
  }

  private static int callsBeforeRefusal(Overridden.Client client) {
    for (int calls = 0; calls < 100; calls++) {
      try {
        client.call();
      } catch (RateLimitExceededException refused) {
        return calls;
      }
    }
    throw new AssertionError("never refused");
  }
}
