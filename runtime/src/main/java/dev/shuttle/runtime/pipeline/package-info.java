/**
 * Producer-consumer pipelines ({@code @Pipeline}, {@code @Stage}): stages with their own workers,
 * joined by bounded queues, so a slow stage holds back its producers instead of losing items.
 *
 * <p>A user touches {@link dev.shuttle.runtime.pipeline.PipelineStats} and
 * {@link dev.shuttle.runtime.pipeline.StageStats} (what a run did) and
 * {@link dev.shuttle.runtime.pipeline.PipelineErrorHandler} (where a failed item goes) and
 * {@link dev.shuttle.runtime.pipeline.Pipelines} (closing every pipeline at once). The rest
 * exists for generated code, carries {@link dev.shuttle.runtime.InternalApi}, and may change in
 * any release.
 */
package dev.shuttle.runtime.pipeline;
