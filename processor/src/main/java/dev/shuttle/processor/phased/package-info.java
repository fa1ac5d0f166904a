/**
 * The {@code @Phased} step: validates the phases and writes {@code FooPhases}, which runs on
 * {@code dev.shuttle.runtime.phased}.
 */
package dev.shuttle.processor.phased;
