package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.FailurePolicy;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Children bound to their parent's lifetime ({@link Actors#child}): stopping the parent stops them
 * once the parent has drained, and the parent has stopped once they have. Watching another actor's
 * termination is a continuation like any other ({@link Actors#pipeToSelf}).
 */
class ChildActorsTest {
  private final ManualExecutor parents = new ManualExecutor();
  private final ManualExecutor children = new ManualExecutor();
  private final List<String> log = new ArrayList<>();

  private TurnActor parent(ActorSettings settings) {
    return new TurnActor(settings, parents);
  }

  /** Spawns a child of {@code parent} in the parent's turn, and returns it. */
  private TurnActor spawnChild(TurnActor parent) {
    CompletableFuture<TurnActor> spawned = new CompletableFuture<>();
    parent.run(() -> spawned.complete(Actors.child(new TurnActor(ActorSettings.of("Child"), children), TurnActor::stop)));
    parents.runAll();
    return spawned.join();
  }

  @Test
  void stoppingTheParentStopsItsChildrenAfterItsOwnDrain() throws Exception {
    TurnActor parent = parent(ActorSettings.of("Parent"));
    TurnActor child = spawnChild(parent);
    parent.run(() -> child.run(() -> log.add("told by the parent while it drained")));
    CompletableFuture<Void> stopped = parent.stop();
    parents.runAll();

    assertTrue(child.stats().stopped(), "the child refuses new messages once the parent has drained");
    assertFalse(stopped.isDone(), "the parent waits for its child");
    children.runAll();
    assertEquals(List.of("told by the parent while it drained"), log, "the child drained what it had accepted");
    stopped.get(1, SECONDS);
    assertTrue(child.termination().isDone());
  }

  @Test
  void aParentThatStopsAfterAFailureStopsItsChildrenToo() throws Exception {
    TurnActor parent = parent(ActorSettings.of("Parent").onFailure(FailurePolicy.STOP));
    TurnActor first = spawnChild(parent);
    TurnActor second = spawnChild(parent);
    parent.run(() -> {
      throw new IllegalStateException("boom");
    });
    parents.runAll();
    children.runAll();

    parent.termination().get(1, SECONDS);
    assertTrue(first.termination().isDone() && second.termination().isDone());
  }

  @Test
  void aChildStoppedEarlierDoesNotHoldUpItsParent() throws Exception {
    TurnActor parent = parent(ActorSettings.of("Parent"));
    TurnActor child = spawnChild(parent);
    child.stop();
    children.runAll();
    CompletableFuture<Void> stopped = parent.stop();
    parents.runAll();

    stopped.get(1, SECONDS);
  }

  @Test
  void anActorLearnsAnotherOnesTerminationAsAMessage() {
    TurnActor watcher = parent(ActorSettings.of("Watcher"));
    TurnActor watched = new TurnActor(ActorSettings.of("Watched"), children);
    watcher.run(() -> Actors.pipeToSelf(watched.termination(), (done, failure) -> {
      watcher.enter();
      log.add("watched stopped");
      watcher.exit();
    }));
    parents.runAll();
    watched.stop();
    children.runAll();
    assertEquals(List.of(), log, "it arrives as the watcher's message, not on the stopping thread");

    parents.runAll();
    assertEquals(List.of("watched stopped"), log);
    assertEquals(0, watcher.violations());
  }

  @Test
  void childrenAreForAnActorsOwnTurn() {
    TurnActor orphan = new TurnActor(ActorSettings.of("Orphan"), children);
    assertThrows(IllegalStateException.class, () -> Actors.child(orphan, TurnActor::stop));
  }
}
