/**
 * Read-mostly locks ({@code @ReadMostly}, {@code @Read}, {@code @Write}): one lock per instance in
 * the strategy the annotation names, safe for the nested calls a class makes to itself.
 *
 * <p>A user touches {@link dev.shuttle.runtime.readmostly.ReadMostlyStats}, a lock's snapshot. The
 * rest exists for generated code, carries {@link dev.shuttle.runtime.InternalApi}, and may change
 * in any release.
 */
package dev.shuttle.runtime.readmostly;
