/**
 * Plumbing every pattern's package shares: the Flight Recorder gate, Shuttle's own threads,
 * failure unwrapping, and the run-time lookup of virtual threads.
 *
 * <p>Nothing here is for users or for generated code. The types are public only so that the
 * pattern packages can share them; each carries {@link dev.shuttle.runtime.InternalApi} and may
 * change in any release. Generated code lives in the user's own module, so the pattern packages
 * are exported to every module; this one exists for the runtime alone.
 */
package dev.shuttle.runtime.internal;
