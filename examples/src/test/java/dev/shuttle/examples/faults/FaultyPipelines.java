package dev.shuttle.examples.faults;

import dev.shuttle.OnError;
import dev.shuttle.Pipeline;
import dev.shuttle.Stage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A {@code @Pipeline} whose items are {@link Work}: its first stage does what each says. */
final class FaultyPipelines {
  private FaultyPipelines() {}

  /**
   * Queues of one item: were a failed item to keep its slot, the next submit would wait for ever.
   * One worker per stage, so that one item's worker is the next one's.
   */
  @Pipeline(bound = 1)
  static class Line {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final List<Work> delivered = new CopyOnWriteArrayList<>();
    volatile boolean rethrow;

    @Stage
    Work work(Work item) throws InterruptedException {
      item.run(thrown);
      return item;
    }

    @Stage
    void deliver(Work item) {
      delivered.add(item);
    }

    @OnError
    void failed(Object item, Throwable error, String stage) throws Exception {
      errors.add(error);
      if (!rethrow) {
        return;
      }
      if (error instanceof Error fatal) {
        throw fatal;
      }
      throw (Exception) error;
    }
  }
}
