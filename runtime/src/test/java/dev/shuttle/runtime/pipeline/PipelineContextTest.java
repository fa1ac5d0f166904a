package dev.shuttle.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.queue.BoundedQueue;
import dev.shuttle.runtime.testing.TestWorker;
import dev.shuttle.runtime.testing.ThreadContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a pipeline item carries from the thread that submitted it: every stage, the consumer and the
 * error handler see the submitter's context, item by item, though several submitters interleave and
 * the stages run on threads of their own. Every item is named after its submitter's context, so each
 * stage can check what it sees.
 */
@Timeout(30)
class PipelineContextTest {
  private static final int SUBMITTERS = 3;
  private static final int ITEMS = 50;

  private final ThreadContext context = ThreadContext.register();
  private final List<String> mismatches = new CopyOnWriteArrayList<>();
  private final List<String> delivered = new CopyOnWriteArrayList<>();
  private final List<String> failedIn = new CopyOnWriteArrayList<>();

  @AfterEach
  void unregister() {
    context.close();
  }

  /** Whether {@code item}, "owner/n", reached {@code where} with its owner's context. */
  private void check(String where, String item) {
    String owner = item.substring(0, item.indexOf('/'));
    if (!owner.equals(context.get())) {
      mismatches.add(where + " saw " + item + " with " + context.get());
    }
  }

  /** tag ("owner/n" → "owner/n+", fails on "owner/junk") → sink (delivers). */
  private final class Tags {
    final Sink sink = new Sink();
    final Tag tag = new Tag();
    final PipelineEngine engine = new PipelineEngine("Tags", (item, failure, stage) -> {
      check("the error handler", (String) item);
      failedIn.add(stage);
    }, tag, sink);

    final class Tag extends PipelineStage<String> {
      Tag() {
        super("tag", WorkerThreads.platform(2), BoundedQueue.mpmc(4));
      }

      @Override
      protected boolean process(String item) {
        check("tag", item);
        if (item.endsWith("/junk")) {
          throw new IllegalArgumentException(item);
        }
        sink.put(item + "+");
        return DONE;
      }
    }

    final class Sink extends PipelineStage<String> {
      Sink() {
        super("sink", WorkerThreads.platform(1), BoundedQueue.mpsc(4));
      }

      @Override
      protected boolean process(String item) {
        check("sink", item);
        deliver(result -> {
          check("the consumer", result);
          delivered.add(result);
        }, item);
        return DONE;
      }
    }
  }

  @Test
  void everyStageTheConsumerAndTheErrorHandlerSeeTheContextOfTheItemsSubmitter() throws Exception {
    Tags tags = new Tags();
    tags.engine.start();
    List<TestWorker> submitters = new ArrayList<>();
    for (int s = 0; s < SUBMITTERS; s++) {
      String owner = "user" + s;
      submitters.add(TestWorker.start(() -> {
        context.set(owner);
        for (int i = 0; i < ITEMS; i++) {
          if (i % 2 == 0) {
            tags.tag.submit(owner + "/" + i);
          } else {
            assertTrue(tags.tag.offer(owner + "/" + i, Duration.ofSeconds(10)));
          }
        }
        tags.tag.submit(owner + "/junk");
      }));
    }
    for (TestWorker submitter : submitters) {
      submitter.join();
    }
    PipelineStats stats = tags.engine.close().get(10, TimeUnit.SECONDS);

    assertEquals(List.of(), mismatches);
    assertEquals(SUBMITTERS * ITEMS, delivered.size());
    assertEquals(SUBMITTERS, failedIn.size());
    assertEquals(SUBMITTERS * (ITEMS + 1) + SUBMITTERS * ITEMS, context.restores(), "each item in each stage it reached");
    assertEquals(context.restores(), context.undos(), "and each undone: no worker keeps an item's context");
    assertEquals(SUBMITTERS * ITEMS, stats.completed());
  }

  @Test
  void withNoDecoratorTheQueueHoldsTheItemItself() {
    Object item = "user/1"; // as the stage's erased code sees it
    Object carried = ContextualItem.carry(item);
    assertNotSame(item, carried, "wrapped while a decorator is registered");
    assertSame(item, ContextualItem.item(carried));
    context.close();
    assertSame(item, ContextualItem.carry(item));
    assertSame(item, ContextualItem.item(item));
    assertNull(ContextualItem.restore(item));
  }
}
