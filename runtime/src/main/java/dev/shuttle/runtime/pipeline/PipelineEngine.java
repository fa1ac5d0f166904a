package dev.shuttle.runtime.pipeline;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.internal.Failures;
import dev.shuttle.runtime.internal.FlightRecording;
import dev.shuttle.runtime.internal.ShutdownState;
import dev.shuttle.runtime.internal.WeakRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Runs the stages of one generated pipeline: starts their workers, routes failures, and closes
 * the pipeline in order.
 *
 * <p>Closing never loses an item. {@link #close()} closes the first queue: later submits are
 * refused, and the first stage's workers stop once they have taken everything accepted before.
 * When the last worker of a stage stops, nothing more can reach the next stage, so the engine
 * closes that stage's queue in turn; when the last stage's workers stop, the future completes
 * with the final, exact {@link PipelineStats}.
 */
@InternalApi
public final class PipelineEngine {
  private static final System.Logger LOG = System.getLogger("dev.shuttle.pipeline");

  private final String type;
  private final PipelineErrorHandler onError; // null: log
  private final List<PipelineStage<?>> stages;
  private final AtomicIntegerArray workersLeft; // per stage
  private final CompletableFuture<PipelineStats> terminated = new CompletableFuture<>();
  private volatile WeakRegistry.Registration<PipelineEngine> registration; // from start() until the last worker stops

  /** A pipeline whose failures go to {@code System.Logger} {@code dev.shuttle.pipeline} at {@code WARNING}. */
  public PipelineEngine(String type, PipelineStage<?>... stages) {
    this(type, null, stages);
  }

  /**
   * @param type the user's class, as thread names and messages show it
   * @param onError receives every item a stage failed on, or {@code null} to log them
   * @param stages in order; each belongs to one pipeline only
   */
  public PipelineEngine(String type, PipelineErrorHandler onError, PipelineStage<?>... stages) {
    this.type = Objects.requireNonNull(type, "type");
    this.onError = onError;
    this.stages = List.of(stages);
    if (this.stages.isEmpty()) {
      throw new IllegalArgumentException("a pipeline needs at least one stage");
    }
    this.workersLeft = new AtomicIntegerArray(stages.length);
    for (int i = 0; i < stages.length; i++) {
      stages[i].attach(this);
      workersLeft.set(i, stages[i].workerCount());
    }
  }

  /**
   * Starts every stage's workers. Call once. Once {@code Shuttle.shutdown} has begun, the pipeline
   * starts closed: it accepts nothing.
   */
  public void start() {
    registration = Pipelines.LIVE.register(this, 0);
    for (PipelineStage<?> stage : stages) {
      stage.start();
    }
    if (ShutdownState.isShutDown()) { // checked after registering, so a shutdown's walk sees it or this sees the shutdown
      close();
    }
  }

  /**
   * Stops accepting items, lets every stage finish what was accepted, then stops the workers.
   * Idempotent. A submit waiting for room when the pipeline closes is refused.
   *
   * @return completes with the final statistics once the last worker has stopped
   */
  public CompletableFuture<PipelineStats> close() {
    stages.get(0).input().close();
    return terminated;
  }

  /** Completes with the final statistics once the last worker has stopped. */
  CompletableFuture<PipelineStats> termination() {
    return terminated;
  }

  /** A live snapshot: queue depths, items in flight, counters. */
  public PipelineStats stats() {
    List<StageStats> snapshots = new ArrayList<>(stages.size());
    long failed = 0;
    long filtered = 0;
    for (int i = 0; i < stages.size(); i++) {
      StageStats stage = stages.get(i).stats(i + 1 < stages.size() ? stages.get(i + 1).input() : null);
      snapshots.add(stage);
      failed += stage.failed();
      filtered += stage.filtered();
    }
    PipelineStage<?> first = stages.get(0);
    return new PipelineStats(type, first.input().offered(), snapshots.get(snapshots.size() - 1).emitted(),
        filtered, failed, first.input().isClosed(), snapshots);
  }

  /** The user type's name, as thread names show it. */
  String type() {
    return type;
  }

  IllegalStateException closedException() {
    String why = ShutdownState.isShutDown() ? " (" + ShutdownState.SHUT_DOWN + ")" : "";
    return new IllegalStateException("Pipeline " + type + " is closed: it accepts no more items" + why);
  }

  /** A stage threw on {@code item}: tell the handler (or the log), then let the worker go on. */
  void failed(Object item, Throwable failure, String stage) {
    if (FlightRecording.running()) {
      PipelineFailureEvent.emit(type, stage, failure);
    }
    if (onError == null) {
      LOG.log(System.Logger.Level.WARNING,
          () -> "Pipeline " + type + ": stage '" + stage + "' failed on an item", failure);
      return;
    }
    try {
      onError.failed(item, failure, stage);
    } catch (Throwable handlerFailure) {
      LOG.log(System.Logger.Level.WARNING, () -> "Pipeline " + type + ": the @OnError handler itself failed",
          Failures.handlerFailed(handlerFailure, failure));
    }
  }

  void noticePlatformThreads(String stage) {
    LOG.log(System.Logger.Level.INFO, "Pipeline " + type + ": stage '" + stage
        + "' asked for virtual threads, which need JDK 21 or newer; it runs on platform threads");
  }

  /** The last worker of a stage to stop closes the next stage's queue, or ends the pipeline. */
  void workerStopped(PipelineStage<?> stage) {
    int index = stages.indexOf(stage);
    if (workersLeft.decrementAndGet(index) > 0) {
      return;
    }
    if (index + 1 < stages.size()) {
      stages.get(index + 1).input().close();
    } else {
      Pipelines.LIVE.unregister(registration);
      terminated.complete(stats());
    }
  }
}
