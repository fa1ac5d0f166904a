package dev.shuttle.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.ratelimit.RateLimit;
import dev.shuttle.runtime.testing.CapturedLog;
import dev.shuttle.runtime.testing.MapOverrideSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverridesTest {
  private static final String PATH = "com.example.GitHubClient/repo/RateLimited";
  private static final RateLimit DECLARED = RateLimit.of(100, 1, TimeUnit.SECONDS);

  private final MapOverrideSource source = new MapOverrideSource();
  private final List<String> properties = new ArrayList<>();

  @AfterEach
  void removeOverrides() {
    source.close();
    properties.forEach(System::clearProperty);
  }

  @Test
  void withoutOverridesTheDeclaredLimitIsKept() {
    assertSame(DECLARED, DECLARED.configured(PATH, TimeUnit.SECONDS));
  }

  @Test
  void aSourceOverridesValueAndTheBurstFollowsIt() {
    source.put(PATH + "/value", "250");
    assertEquals(new RateLimit(250, 1_000_000_000L, 250), DECLARED.configured(PATH, TimeUnit.SECONDS));
  }

  @Test
  void anExplicitBurstStaysWhenOnlyTheValueIsOverridden() {
    source.put(PATH + "/value", "250");
    assertEquals(new RateLimit(250, 1_000_000_000L, 5), DECLARED.withBurst(5).configured(PATH, TimeUnit.SECONDS));
  }

  @Test
  void aPlainPeriodCountsInTheAnnotationsUnitAndADurationInItsOwn() {
    source.put(PATH + "/period", "3");
    assertEquals(TimeUnit.MINUTES.toNanos(3), DECLARED.configured(PATH, TimeUnit.MINUTES).periodNanos());
    source.put(PATH + "/period", "250ms");
    assertEquals(TimeUnit.MILLISECONDS.toNanos(250), DECLARED.configured(PATH, TimeUnit.MINUTES).periodNanos());
    source.put(PATH + "/period", "PT2S");
    assertEquals(TimeUnit.SECONDS.toNanos(2), DECLARED.configured(PATH, TimeUnit.MINUTES).periodNanos());
  }

  @Test
  void aSharedBucketsPeriodMustNameItsUnit() {
    source.put("RateLimited/search/period", "2");
    OverrideException refused = assertThrows(OverrideException.class,
        () -> DECLARED.configured("RateLimited/search", null));
    assertEquals("RateLimited/search/period", refused.key());
    assertTrue(refused.getMessage().contains("a number with a unit"), refused.getMessage());
  }

  @Test
  void aSystemPropertyComesBeforeTheSources() {
    source.put(PATH + "/value", "250");
    setProperty(PATH + "/value", "7");
    Overrides.refresh();
    assertEquals(7, DECLARED.configured(PATH, TimeUnit.SECONDS).permits());
  }

  @Test
  void aValueThatIsNotANumberFailsNamingKeyValueAndRule() {
    source.put(PATH + "/value", "lots");
    OverrideException refused = assertThrows(OverrideException.class, () -> DECLARED.configured(PATH, TimeUnit.SECONDS));
    assertEquals(PATH + "/value", refused.key());
    assertEquals("lots", refused.value());
    assertTrue(refused.getMessage().contains(PATH + "/value = \"lots\""), refused.getMessage());
    assertTrue(refused.getMessage().contains("whole number"), refused.getMessage());
    assertTrue(refused.getMessage().contains("override source"), refused.getMessage());
  }

  @Test
  void aValueTheLimitsOwnRuleRefusesFailsWithThatRule() {
    source.put(PATH + "/value", "-5");
    OverrideException refused = assertThrows(OverrideException.class, () -> DECLARED.configured(PATH, TimeUnit.SECONDS));
    assertEquals(PATH + "/value", refused.key());
    assertTrue(refused.getMessage().contains("positive number of permits"), refused.getMessage());
  }

  @Test
  void aBurstTooBigToRefillFailsNamingTheBurstKey() {
    source.put(PATH + "/burst", String.valueOf(Long.MAX_VALUE));
    OverrideException refused = assertThrows(OverrideException.class, () -> DECLARED.configured(PATH, TimeUnit.SECONDS));
    assertEquals(PATH + "/burst", refused.key());
    assertTrue(refused.getMessage().contains("to refill"), refused.getMessage());
  }

  @Test
  void maxWaitIsOverriddenAndMustNotBeNegative() {
    assertEquals(TimeUnit.MILLISECONDS.toNanos(250), RateLimit.configuredMaxWaitNanos(PATH, 250, TimeUnit.MILLISECONDS));
    source.put(PATH + "/maxWait", "2s");
    assertEquals(TimeUnit.SECONDS.toNanos(2), RateLimit.configuredMaxWaitNanos(PATH, 250, TimeUnit.MILLISECONDS));
    source.put(PATH + "/maxWait", "-1");
    OverrideException refused = assertThrows(OverrideException.class,
        () -> RateLimit.configuredMaxWaitNanos(PATH, 250, TimeUnit.MILLISECONDS));
    assertTrue(refused.getMessage().contains("must not be negative"), refused.getMessage());
  }

  @Test
  void anUnknownAttributeWarnsOnceAndIsListedAsUnread() throws Exception {
    source.put(PATH + "/bursts", "9");
    List<LogRecord> logged = CapturedLog.capture("dev.shuttle.config", () -> {
      DECLARED.configured(PATH, TimeUnit.SECONDS);
      DECLARED.configured(PATH, TimeUnit.SECONDS);
    });
    assertEquals(1, logged.size(), "one warning, not one per read");
    assertTrue(logged.get(0).getMessage().contains(PATH + "/bursts"), logged.get(0).getMessage());
    assertTrue(logged.get(0).getMessage().contains("burst"), logged.get(0).getMessage());
    assertTrue(Overrides.unread().contains(PATH + "/bursts"));
    assertFalse(Overrides.unread().contains(PATH + "/value"), "a key no source sets is not listed");
  }

  @Test
  void aKeyReadIsNoLongerUnread() {
    source.put("com.example.Unused/Actor/mailbox", "5");
    assertTrue(Overrides.unread().contains("com.example.Unused/Actor/mailbox"));
    assertEquals(5, OverrideScope.of("com.example.Unused/Actor").intValue("mailbox", 0));
    assertFalse(Overrides.unread().contains("com.example.Unused/Actor/mailbox"));
    assertFalse(Overrides.unread().contains("java.version"), "only keys shaped as Shuttle keys");
  }

  @Test
  void environmentVariablesAreTheKeyInCapitalsWithUnderscores() {
    assertEquals("COM_EXAMPLE_GITHUBCLIENT_REPO_RATELIMITED_VALUE", Overrides.environmentVariable(PATH + "/value"));
  }

  @Test
  void aRemovedSourceIsNoLongerRead() {
    source.put(PATH + "/value", "250");
    assertTrue(Overrides.removeSource(source));
    assertFalse(Overrides.removeSource(source));
    assertNull(Overrides.value(PATH + "/value"));
    assertSame(DECLARED, DECLARED.configured(PATH, TimeUnit.SECONDS));
  }

  @Test
  void valuesAreTrimmedAndMayGroupDigits() {
    source.put(PATH + "/value", " 1_000 ");
    assertEquals(1000, DECLARED.configured(PATH, TimeUnit.SECONDS).permits());
  }

  private void setProperty(String key, String value) {
    properties.add(key);
    System.setProperty(key, value);
  }
}
