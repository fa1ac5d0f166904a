/**
 * Barrier-synchronised phases ({@code @Phased}, {@code @Phase}): a fixed number of parties run
 * each phase, wait for each other, and run the {@code @AfterPhase} action between phases.
 *
 * <p>Nothing here is for users: the generated {@code FooPhases} is the API. The types exist for
 * generated code, carry {@link dev.shuttle.runtime.InternalApi}, and may change in any release.
 */
package dev.shuttle.runtime.phased;
