/**
 * Plumbing every pattern's package shares: the Flight Recorder gate, Shuttle's own threads, the
 * system clock with its one timer thread, timed waits on any clock, failure unwrapping, the
 * run-time lookup of virtual threads, and the weak registries of live objects behind
 * {@link dev.shuttle.runtime.ShuttleRegistry}.
 *
 * <p>Nothing here is for users or for generated code. The types are public only so that the
 * pattern packages can share them; each carries {@link dev.shuttle.runtime.InternalApi} and may
 * change in any release. Generated code lives in the user's own module, so the module
 * {@code dev.shuttle.runtime} exports the pattern packages to every module, without a target; it
 * does not export this one, which generated code never names.
 */
package dev.shuttle.runtime.internal;
