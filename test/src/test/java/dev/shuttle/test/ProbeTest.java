package dev.shuttle.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60) // a bound on a hang, not a timing claim
class ProbeTest {
  private final Probe<Object> probe = new Probe<>();

  @Test
  void expectTakesTheMessagesInTheOrderTheyCame() {
    probe.tell("a");
    probe.accept(2);
    assertEquals("a", probe.expectMessage("a"));
    assertEquals(2, probe.expectMessageOfType(Integer.class));
    probe.expectNoMessage();
    assertEquals(List.of("a", 2), probe.received());
  }

  @Test
  void eachExpectationFailsWithWhatCameInstead() {
    AssertionError none = assertThrows(AssertionError.class, probe::expectMessage);
    assertTrue(none.getMessage().contains("none has arrived"), none.getMessage());

    probe.tell("b");
    AssertionError other = assertThrows(AssertionError.class, () -> probe.expectMessage("a"));
    assertTrue(other.getMessage().contains("the next was b"), other.getMessage());

    probe.tell("c");
    AssertionError type = assertThrows(AssertionError.class, () -> probe.expectMessageOfType(Integer.class));
    assertTrue(type.getMessage().contains("java.lang.Integer") && type.getMessage().contains("c"), type.getMessage());

    probe.tell("d");
    AssertionError unexpected = assertThrows(AssertionError.class, probe::expectNoMessage);
    assertTrue(unexpected.getMessage().contains("[d]"), unexpected.getMessage());
  }

  @Test
  void expectMessagesTakesThatManyOrFailsTakingNone() {
    probe.tell(1);
    probe.tell(2);
    assertThrows(AssertionError.class, () -> probe.expectMessages(3));
    assertEquals(List.of(1, 2), probe.expectMessages(2));
  }

  @Test
  void awaitMessageWaitsForAnotherThreadsMessage() throws Exception {
    Thread sender = new Thread(() -> probe.tell("from another thread"));
    sender.start();
    assertEquals("from another thread", probe.awaitMessage(Duration.ofSeconds(30)));
    sender.join();
    assertThrows(AssertionError.class, () -> probe.awaitMessage(Duration.ZERO));
  }

  @Test
  void aNullMessageIsRefused() {
    assertThrows(NullPointerException.class, () -> probe.tell(null));
    assertEquals(List.of(), probe.received());
  }
}
