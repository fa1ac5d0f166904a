/**
 * The {@code @Pipeline} step: validates the stages and writes {@code FooPipeline}, which runs on
 * {@code dev.shuttle.runtime.pipeline}.
 */
package dev.shuttle.processor.pipeline;
