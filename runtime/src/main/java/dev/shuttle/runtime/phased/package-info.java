/**
 * Barrier-synchronised phases ({@code @Phased}, {@code @Phase}): a fixed number of parties run
 * each phase, wait for each other, and run the {@code @AfterPhase} action between phases.
 *
 * <p>The generated {@code FooPhases} is the API. A user meets one type here:
 * {@link dev.shuttle.runtime.phased.PhasedStats}, the snapshot of a run in
 * {@link dev.shuttle.runtime.ShuttleRegistry}. The other types exist for generated code, carry
 * {@link dev.shuttle.runtime.InternalApi}, and may change in any release.
 */
package dev.shuttle.runtime.phased;
