package dev.shuttle.runtime.pipeline;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.context.ContextScope;
import dev.shuttle.runtime.internal.ContextHandoff;
import dev.shuttle.runtime.internal.FlightRecording;
import dev.shuttle.runtime.internal.VirtualThreads;
import dev.shuttle.runtime.queue.BoundedQueue;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One stage of a generated pipeline: its input queue, its worker threads and its counters.
 * Generated code subclasses it with {@link #process}, which calls the user's stage method and
 * hands the result to the next stage's {@link #put}.
 *
 * <p>Each worker takes items from the queue until it is closed and empty; an item it fails on
 * goes to the pipeline's error handler, and the worker goes on. Each worker counts into fields
 * of its own (no contended counter on the hot path); {@code stats} adds them up.
 *
 * <p>An item carries the context ({@code Contexts}) of the thread that submitted or put it: the stage
 * method, and the error handler, run with it restored, so it passes from stage to stage.
 *
 * @param <I> what the stage takes
 */
@InternalApi
public abstract class PipelineStage<I> {
  /** {@link #process} passed the item on (or, in the last stage, finished it). */
  protected static final boolean DONE = true;
  /** {@link #process} dropped the item: an empty {@code Optional}, or an empty expansion. */
  protected static final boolean FILTERED = false;

  private final String name;
  private final WorkerThreads threads;
  private final BoundedQueue<I> input;
  private final Worker<?>[] workers;
  private PipelineEngine engine; // set once, by the engine's constructor, before any thread starts
  private long delivered; // last stage: results handed to the consumer; see deliver()

  /**
   * @param name the stage method's name
   * @param threads how many threads run the stage, and what they are
   * @param input the stage's queue, of the variant that fits its producers and workers
   */
  protected PipelineStage(String name, WorkerThreads threads, BoundedQueue<I> input) {
    this.name = Objects.requireNonNull(name, "name");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.input = Objects.requireNonNull(input, "input");
    this.workers = new Worker<?>[threads.count()];
    for (int i = 0; i < workers.length; i++) {
      this.workers[i] = new Worker<>(this);
    }
  }

  /**
   * Runs the user's stage method on {@code item} and passes what it returns on. Runs on this
   * stage's workers, several at once if it has several. An exception counts the item as failed.
   *
   * @return {@link #DONE}, or {@link #FILTERED} if nothing was passed on
   */
  protected abstract boolean process(I item) throws Exception;

  /**
   * Hands {@code item} to this stage, waiting while its queue is full: the backpressure between
   * stages. Called by the stage before, on its workers.
   *
   * @throws NullPointerException if {@code item} is null (a stage must not return null)
   */
  public final void put(I item) {
    if (item == null) {
      throw new NullPointerException("Stage '" + name + "' was handed null by the stage before it, which must not "
          + "return null. Return an empty Optional to drop an item.");
    }
    I queued = ContextualItem.carry(item);
    if (!input.offer(queued)) {
      waitAndPut(queued);
    }
  }

  /**
   * The last stage hands a result to the consumer given at start; a consumer that throws fails
   * the item like the stage method would.
   */
  protected final <O> void deliver(Consumer<? super O> results, O result) {
    if (result == null) {
      throw new NullPointerException("Stage '" + name + "' returned null, which it must not. "
          + "Return an empty Optional to drop an item.");
    }
    results.accept(result);
    DELIVERED.getAndAdd(this, 1L);
  }

  /**
   * The first stage: accepts an item from any thread, waiting while the queue is full.
   *
   * @throws IllegalStateException if the pipeline is closed, also while the caller waited
   * @throws WaitInterruptedException if interrupted while waiting (the item was not accepted; the
   *     interrupt flag is set again)
   */
  public final void submit(I item) {
    I queued = ContextualItem.carry(Objects.requireNonNull(item, "item"));
    if (!input.offer(queued)) {
      waitToSubmit(queued, -1);
    }
  }

  /**
   * The first stage: like {@link #submit}, but waits at most {@code timeout} for room.
   *
   * @return whether the item was accepted; {@code false} if the queue stayed full
   */
  public final boolean offer(I item, Duration timeout) {
    Objects.requireNonNull(item, "item");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    I queued = ContextualItem.carry(item);
    return input.offer(queued) || waitToSubmit(queued, saturatedNanos(timeout));
  }

  private boolean waitToSubmit(I item, long timeoutNanos) {
    PipelineWaitEvent event = FlightRecording.begin(PipelineWaitEvent::new);
    try {
      boolean accepted = input.offer(item, timeoutNanos, TimeUnit.NANOSECONDS);
      commit(event);
      return accepted;
    } catch (IllegalStateException closed) {
      throw engine.closedException();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException(
          "Interrupted while waiting for room in the queue of stage '" + name + "' of pipeline " + engine.type(), e);
    }
  }

  private static long saturatedNanos(Duration timeout) {
    try {
      return timeout.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  public final String name() {
    return name;
  }

  /**
   * A snapshot of this stage.
   *
   * @param next the next stage's queue, whose count is what this stage passed on; {@code null}
   *     for the last stage, which passed on what it handed to the consumer or, as a void sink,
   *     what it completed
   */
  final StageStats stats(BoundedQueue<?> next) {
    long completed = 0;
    long filtered = 0;
    long failed = 0;
    for (Worker<?> worker : workers) {
      completed += (long) Worker.COMPLETED.getOpaque(worker);
      filtered += (long) Worker.FILTERED_COUNT.getOpaque(worker);
      failed += (long) Worker.FAILED.getOpaque(worker);
    }
    long received = input.taken(); // after the counters: every item counted was taken before
    // A delivering stage delivers at least once per completed item; a void sink delivers nothing.
    long emitted = next != null ? next.offered() : Math.max(completed, (long) DELIVERED.getOpaque(this));
    return new StageStats(name, workers.length, input.capacity(), input.size(),
        received, completed, filtered, failed, emitted);
  }

  final BoundedQueue<I> input() {
    return input;
  }

  final int workerCount() {
    return workers.length;
  }

  final void attach(PipelineEngine engine) {
    if (this.engine != null) {
      throw new IllegalStateException("stage " + name + " already belongs to a pipeline");
    }
    this.engine = engine;
  }

  /** Starts the workers, named {@code shuttle-<pipeline>-<stage>-N}. */
  final void start() {
    boolean virtual = threads.virtual() && VirtualThreads.available();
    if (threads.virtual() && !virtual) {
      engine.noticePlatformThreads(name);
    }
    for (int i = 0; i < workers.length; i++) {
      String threadName = "shuttle-" + engine.type() + "-" + name + "-" + (i + 1);
      Thread thread = virtual ? VirtualThreads.unstarted(threadName, workers[i]) : new Thread(workers[i], threadName);
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void waitAndPut(I item) {
    PipelineWaitEvent event = FlightRecording.begin(PipelineWaitEvent::new);
    input.putUninterruptibly(item); // workers stop by close(), never by interrupt
    commit(event);
  }

  private void commit(PipelineWaitEvent event) {
    if (event == null) {
      return;
    }
    event.end();
    if (event.shouldCommit()) {
      event.pipeline = engine.type();
      event.stage = name;
      event.commit();
    }
  }

  /**
   * One thread of the stage. Its counters have one writer, itself; {@link #stats} reads them.
   *
   * <p>Each item starts with the interrupt flag clear: an interrupt is for the item being worked on
   * when it comes, and what that item's stage left set must not fail the next. One that comes while
   * the worker waits for an item has nothing to stop: workers stop by {@code close()}.
   */
  private static final class Worker<I> implements Runnable {
    private final PipelineStage<I> stage;
    private long completed;
    private long filtered;
    private long failed;

    Worker(PipelineStage<I> stage) {
      this.stage = stage;
    }

    @Override
    public void run() {
      try {
        I item;
        while ((item = stage.input.take()) != null) {
          Thread.interrupted(); // clears what came before this item, as above
          handle(item);
        }
      } finally {
        stage.engine.workerStopped(stage);
      }
    }

    private void handle(I queued) {
      I item = ContextualItem.item(queued);
      ContextScope restored = null;
      try {
        restored = ContextualItem.restore(queued);
        if (stage.process(item)) {
          COMPLETED.setOpaque(this, completed + 1);
        } else {
          FILTERED_COUNT.setOpaque(this, filtered + 1);
        }
      } catch (Throwable failure) {
        FAILED.setOpaque(this, failed + 1);
        stage.engine.failed(item, failure, stage.name);
      } finally {
        ContextHandoff.undo(restored);
      }
    }

    static final VarHandle COMPLETED;
    static final VarHandle FILTERED_COUNT;
    static final VarHandle FAILED;

    static {
      try {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        COMPLETED = lookup.findVarHandle(Worker.class, "completed", long.class);
        FILTERED_COUNT = lookup.findVarHandle(Worker.class, "filtered", long.class);
        FAILED = lookup.findVarHandle(Worker.class, "failed", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  private static final VarHandle DELIVERED;

  static {
    try {
      DELIVERED = MethodHandles.lookup().findVarHandle(PipelineStage.class, "delivered", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
