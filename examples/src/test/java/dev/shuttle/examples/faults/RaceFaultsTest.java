package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.pool.RaceFailedException;
import dev.shuttle.runtime.pool.TaskPool;
import dev.shuttle.runtime.pool.TaskPools;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A source's fault is that source's failure: another may still win, and the pool goes on. */
class RaceFaultsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final long WAIT = 30;

  private final FaultyRaces.Sources sources = new ConcurrentFaultyRaces_Sources();

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aSourcesFaultDoesNotWinTheRace(Fault fault) {
    assertTimeoutPreemptively(BOUND, () -> {
      assertEquals("second", sources.race(new FaultyRaces.Plan(fault::raise, Work.PASS)).get(WAIT, TimeUnit.SECONDS));
      assertTheRacesGoOnAndThePoolShutsDown();
    });
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void whenEverySourceFaultsTheRaceFailsWithEachUnchanged(Fault fault) {
    assertTimeoutPreemptively(BOUND, () -> {
      RaceFailedException all = assertInstanceOf(RaceFailedException.class,
          Thrown.failureOf(sources.race(new FaultyRaces.Plan(fault::raise, fault::raise))));
      assertEquals(List.of(sources.thrownByFirst.get(), sources.thrownBySecond.get()), List.of(all.getSuppressed()));
      assertTheRacesGoOnAndThePoolShutsDown();
    });
  }

  /** An interrupt from outside fails the source it reaches; the next source runs, and wins. */
  @Test
  void anInterruptFromOutsideFailsTheSourceItReaches() {
    Blocker blocker = new Blocker();
    assertTimeoutPreemptively(BOUND, () -> {
      var race = sources.race(new FaultyRaces.Plan(thrown -> blocker.hold(), Work.PASS));
      blocker.interruptWorker();
      assertEquals("second", race.get(WAIT, TimeUnit.SECONDS));
      assertTheRacesGoOnAndThePoolShutsDown();
    });
  }

  private void assertTheRacesGoOnAndThePoolShutsDown() throws Exception {
    assertEquals("first", sources.race(new FaultyRaces.Plan(Work.PASS, Work.PASS)).get(WAIT, TimeUnit.SECONDS));
    TaskPool pool = TaskPools.shared(FaultyRaces.POOL, FaultyRaces.SPEC);
    pool.shutdown();
    assertTrue(pool.awaitTermination(Duration.ofSeconds(WAIT)));
  }
}
