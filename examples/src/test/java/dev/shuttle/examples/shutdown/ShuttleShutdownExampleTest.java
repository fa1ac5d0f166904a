package dev.shuttle.examples.shutdown;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.examples.actor.Account;
import dev.shuttle.examples.actor.AccountActor;
import dev.shuttle.examples.async.ConcurrentThumbnailer;
import dev.shuttle.examples.async.FakeImageStore;
import dev.shuttle.examples.async.Thumbnail;
import dev.shuttle.examples.pipeline.Crawler;
import dev.shuttle.examples.pipeline.CrawlerPipeline;
import dev.shuttle.runtime.ShutdownReport;
import dev.shuttle.runtime.Shuttle;
import dev.shuttle.runtime.actor.ActorStoppedException;
import dev.shuttle.runtime.pipeline.PipelineStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * {@code Shuttle.shutdown} on the generated classes a service would hold: a pipeline, actors and an
 * {@code @Async} class. It is final for its JVM, so Maven runs this class in a JVM of its own
 * (examples/pom.xml).
 */
class ShuttleShutdownExampleTest {
  private static final int PAGES = 300;
  private static final int DEPOSITS = 200;
  private static final int THUMBNAILS = 20;

  @Test
  void everythingAcceptedIsDoneAndWovenInstancesMadeAfterwardsRefuseWork() throws Exception {
    CrawlerPipeline pipeline = CrawlerPipeline.start(new Crawler());
    for (int id = 0; id < PAGES; id++) {
      pipeline.submit(id);
    }
    Account account = new Account("acct", 0);
    AccountActor actor = AccountActor.spawn(account);
    for (int i = 0; i < DEPOSITS; i++) {
      actor.deposit(1);
    }
    FakeImageStore store = new FakeImageStore(1);
    ConcurrentThumbnailer thumbnailer = new ConcurrentThumbnailer(store);
    List<CompletableFuture<Thumbnail>> thumbnails = new ArrayList<>();
    for (int i = 0; i < THUMBNAILS; i++) {
      thumbnails.add(thumbnailer.resize("image-" + i, 8));
    }

    ShutdownReport report = Shuttle.shutdown(Duration.ofSeconds(60));

    assertTrue(report.allFinished(), report.toString());
    PipelineStats stats = pipeline.stats();
    assertEquals(PAGES, stats.submitted());
    assertEquals(PAGES, stats.completed() + stats.filtered() + stats.failed(), "every page went through");
    assertEquals(DEPOSITS, account.balance(), "every deposit was handled before the actor stopped");
    for (CompletableFuture<Thumbnail> thumbnail : thumbnails) {
      assertEquals(8, thumbnail.get(10, SECONDS).width());
    }

    assertThrows(IllegalStateException.class, () -> pipeline.submit(PAGES));
    assertThrows(IllegalStateException.class, () -> CrawlerPipeline.start(new Crawler()).submit(0),
        "a pipeline started afterwards starts closed");
    assertThrows(ActorStoppedException.class, () -> AccountActor.spawn(new Account("late", 0)).deposit(1),
        "an actor spawned afterwards is born stopped");
    assertRefused(() -> new ConcurrentThumbnailer(store).resize("late", 8),
        "a woven instance made afterwards gets no fresh pool");
  }

  private static void assertRefused(ThrowingCall call, String message) throws Exception {
    try {
      CompletableFuture<?> future = call.run();
      ExecutionException failed = assertThrows(ExecutionException.class, () -> future.get(10, SECONDS), message);
      assertTrue(failed.getCause() instanceof RejectedExecutionException, message + ": " + failed.getCause());
    } catch (RejectedExecutionException refusedAtOnce) {
      // refused to the caller directly: as loud
    }
  }

  private interface ThrowingCall {
    CompletableFuture<?> run() throws Exception;
  }
}
