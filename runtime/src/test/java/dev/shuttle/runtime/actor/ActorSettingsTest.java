package dev.shuttle.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import org.junit.jupiter.api.Test;

class ActorSettingsTest {

  @Test
  void aSettingLeftOutKeepsItsDefault() {
    ActorSettings settings = ActorSettings.of("golden.Account");

    assertEquals("golden.Account", settings.actorType());
    assertFalse(settings.boundedMailbox());
    assertEquals(FailurePolicy.RESUME, settings.onFailure());
    assertEquals(ActorSettings.DEFAULT_THROUGHPUT, settings.throughput());
  }

  @Test
  void eachSettingReturnsACopyWithThatSettingChanged() {
    ActorSettings defaults = ActorSettings.of("golden.Inbox");
    ActorSettings settings = defaults.mailbox(128, Overflow.REJECT).onFailure(FailurePolicy.STOP).throughput(16);

    assertTrue(settings.boundedMailbox());
    assertEquals(128, settings.mailboxCapacity());
    assertEquals(Overflow.REJECT, settings.overflow());
    assertEquals(FailurePolicy.STOP, settings.onFailure());
    assertEquals(16, settings.throughput());
    assertEquals("golden.Inbox (mailbox 128, REJECT, STOP, throughput 16)", settings.toString());
    assertFalse(defaults.boundedMailbox(), "the settings it was made from are unchanged");
    assertEquals("golden.Inbox (mailbox unbounded, RESUME, throughput 64)", defaults.toString());
  }

  @Test
  void refusesAMailboxAboveTheAnnotationsLimit() {
    ActorSettings settings = ActorSettings.of("golden.Inbox");

    assertEquals(Actor.MAX_MAILBOX, settings.mailbox(Actor.MAX_MAILBOX, Overflow.BLOCK).mailboxCapacity());
    IllegalArgumentException tooBig =
        assertThrows(IllegalArgumentException.class, () -> settings.mailbox(Actor.MAX_MAILBOX + 1, Overflow.BLOCK));
    assertEquals("An actor's mailbox capacity must be at most 1073741824 (leave it out for an unbounded mailbox), "
        + "was 1073741825", tooBig.getMessage());
  }

  @Test
  void refusesACapacityOrThroughputBelowOneWithTheValueAndTheWayToGetTheDefault() {
    ActorSettings settings = ActorSettings.of("golden.Inbox");

    IllegalArgumentException mailbox =
        assertThrows(IllegalArgumentException.class, () -> settings.mailbox(0, Overflow.BLOCK));
    assertEquals("An actor's mailbox capacity must be at least 1 (leave it out for an unbounded mailbox), was 0",
        mailbox.getMessage());
    IllegalArgumentException throughput = assertThrows(IllegalArgumentException.class, () -> settings.throughput(-3));
    assertEquals("An actor's throughput must be at least 1 message per turn (leave it out for the default), was -3",
        throughput.getMessage());
  }

  @Test
  void rateLimitedMessagesAreOffByDefaultAndKeptByTheOtherSettings() {
    ActorSettings defaults = ActorSettings.of("golden.Geocoder");
    ActorSettings limited = defaults.rateLimitedMessages().mailbox(8, Overflow.BLOCK).onFailure(FailurePolicy.STOP)
        .throughput(4).restarts(1, 1, 0);

    assertFalse(defaults.hasRateLimitedMessages());
    assertTrue(limited.hasRateLimitedMessages());
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> ActorSettings.of(null));
    ActorSettings settings = ActorSettings.of("golden.Inbox");
    assertThrows(NullPointerException.class, () -> settings.mailbox(1, null));
    assertThrows(NullPointerException.class, () -> settings.onFailure(null));
  }
}
