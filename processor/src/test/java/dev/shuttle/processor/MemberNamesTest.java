package dev.shuttle.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shuttle.Actor;
import dev.shuttle.Pool;
import dev.shuttle.Race;
import org.junit.jupiter.api.Test;

class MemberNamesTest {

  @Test
  void aMemberReferenceGivesTheMembersName() {
    assertEquals("mailbox", MemberNames.of(Actor.class, Actor::mailbox));
    assertEquals("hedgeAfter", MemberNames.of(Race.class, Race::hedgeAfter));
    assertEquals("value", MemberNames.of(Pool.List.class, Pool.List::value));
  }

  @Test
  void aFunctionThatCallsNoMemberIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MemberNames.of(Actor.class, actor -> 0));
  }
}
