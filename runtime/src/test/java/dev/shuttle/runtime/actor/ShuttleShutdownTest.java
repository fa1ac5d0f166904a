package dev.shuttle.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.ShutdownReport;
import dev.shuttle.runtime.Shuttle;
import dev.shuttle.runtime.internal.ShutdownState;
import dev.shuttle.runtime.pipeline.PipelineEngine;
import dev.shuttle.runtime.pipeline.PipelineStage;
import dev.shuttle.runtime.pipeline.WorkerThreads;
import dev.shuttle.runtime.pool.PoolSpec;
import dev.shuttle.runtime.pool.TaskPool;
import dev.shuttle.runtime.pool.TaskPools;
import dev.shuttle.runtime.queue.BoundedQueue;
import dev.shuttle.runtime.testing.ChildJvm;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@link Shuttle#shutdown}: pipelines, then actors, then pools drain what they accepted, and what
 * comes after is refused. The shutdown is final for its JVM, so Maven runs this class in a JVM of
 * its own (runtime/pom.xml), and its tests run in order: the first one shuts Shuttle down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShuttleShutdownTest {
  private static final int ITEMS = 500;
  private static final PoolSpec SPEC = PoolSpec.cpuBound();

  @Test
  @Order(1)
  void producersDrainFirstSoWhatTheyHandOnIsStillAcceptedDownstream() {
    TaskPool pool = TaskPools.shared("shutdown-test", SPEC);
    AtomicInteger ranOnThePool = new AtomicInteger();
    TurnActor actor = new TurnActor(ActorSettings.of("Downstream"), Actors.defaultExecutor());
    PipelineStage<Integer> stage = new PipelineStage<>("forward", WorkerThreads.platform(1), BoundedQueue.mpsc(ITEMS)) {
      @Override
      protected boolean process(Integer item) {
        actor.run(() -> pool.execute("count", ranOnThePool::incrementAndGet)); // pipeline -> actor -> pool
        return DONE;
      }
    };
    PipelineEngine pipeline = new PipelineEngine("Upstream", stage);
    pipeline.start();
    for (int i = 0; i < ITEMS; i++) {
      stage.submit(i);
    }
    ManualExecutor nobody = new ManualExecutor();
    TurnActor stuck = new TurnActor(ActorSettings.of("Stuck"), nobody); // its executor never runs it
    stuck.run(() -> { });

    ShutdownReport report = Shuttle.shutdown(Duration.ofSeconds(10)); // all of it: the stuck actor never finishes

    assertEquals(ITEMS, ranOnThePool.get(), "every item went through the pipeline, the actor and the pool");
    assertTrue(report.unfinishedPipelines().isEmpty(), report.toString());
    assertTrue(report.unfinishedPools().isEmpty(),
        "the stuck actor left the pools no time, but they had nothing left to run: " + report);
    assertEquals(1, report.unfinishedActors().size(), report.toString());
    assertEquals("Stuck", report.unfinishedActors().get(0).actorType());
    assertFalse(report.allFinished());
    assertTrue(actor.termination().isDone());
    nobody.runAll();
    assertTrue(stuck.termination().isDone(), "the unfinished actor went on draining");
  }

  @Test
  @Order(2)
  void afterwardsNewActorsPipelinesAndPoolsRefuseWorkLoudly() {
    ActorStoppedException refusedActor = assertThrows(ActorStoppedException.class,
        () -> new TurnActor(ActorSettings.of("Late"), Actors.defaultExecutor()).run(() -> { }));
    assertTrue(refusedActor.getMessage().contains(ShutdownState.SHUT_DOWN), refusedActor.getMessage());

    PipelineStage<Integer> stage = new PipelineStage<>("late", WorkerThreads.platform(1), BoundedQueue.mpsc(4)) {
      @Override
      protected boolean process(Integer item) {
        return DONE;
      }
    };
    new PipelineEngine("Late", stage).start();
    IllegalStateException refusedItem = assertThrows(IllegalStateException.class, () -> stage.submit(1));
    assertTrue(refusedItem.getMessage().contains(ShutdownState.SHUT_DOWN), refusedItem.getMessage());

    for (String name : new String[] {"shutdown-test", "first-asked-for-afterwards"}) {
      TaskPool pool = TaskPools.shared(name, SPEC);
      assertTrue(pool.isShutdown(), name + ": no fresh pool after the shutdown");
      RejectedExecutionException refusedTask = assertThrows(RejectedExecutionException.class,
          () -> pool.execute("late", () -> { }));
      assertTrue(refusedTask.getMessage().contains(ShutdownState.SHUT_DOWN), refusedTask.getMessage());
    }
    ShutdownReport again = Shuttle.shutdown(Duration.ofSeconds(10)); // the late pipeline's workers may still be stopping
    assertTrue(again.allFinished(), "a second shutdown finds nothing unfinished: " + again);
  }

  @Test
  @Order(3)
  void theExitHookDrainsWhatWasAcceptedWhenTheJvmExits() throws Exception {
    String output = ChildJvm.run(ExitingProgram.class);
    assertTrue(output.contains("handled " + ExitingProgram.MESSAGES + " of " + ExitingProgram.MESSAGES), output);
  }

  /** Queues slow messages, then returns from main at once: the hook must let the actor handle them all. */
  static final class ExitingProgram {
    static final int MESSAGES = 50;

    public static void main(String[] args) {
      Shuttle.shutdownOnExit(Duration.ofSeconds(30));
      AtomicInteger handled = new AtomicInteger();
      TurnActor actor = new TurnActor(ActorSettings.of("Exiting"), Actors.defaultExecutor()) {
        @Override
        protected void onFailure(Throwable failure) {
          failure.printStackTrace();
        }
      };
      for (int i = 0; i < MESSAGES; i++) {
        actor.run(() -> {
          sleepQuietly(5);
          if (handled.incrementAndGet() == MESSAGES) {
            System.out.println("handled " + handled.get() + " of " + MESSAGES);
          }
        });
      }
    }

    private static void sleepQuietly(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
