package dev.shuttle.runtime.pipeline;

/** Receives each item a pipeline stage failed on: the class's {@code @OnError} method. */
@FunctionalInterface
public interface PipelineErrorHandler {

  /**
   * Runs on the failing stage's worker, possibly on several workers at once; the worker goes on
   * with its next item afterwards. If it throws, that is logged and the worker goes on too.
   *
   * @param stage the stage method's name
   */
  void failed(Object item, Throwable error, String stage) throws Exception;
}
