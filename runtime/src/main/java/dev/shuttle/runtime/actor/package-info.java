/**
 * Actors ({@code @Actor}): each generated {@code FooActor} owns a mailbox and handles one message
 * at a time on a shared executor.
 *
 * <p>A user touches {@link dev.shuttle.runtime.actor.Actors} (the default executor, timers, replies into
 * the mailbox, children, and {@code stopAll} with its {@link dev.shuttle.runtime.actor.StopAllReport}),
 * {@link dev.shuttle.runtime.actor.ActorStats} (a mailbox's snapshot), and the refusals
 * {@link dev.shuttle.runtime.actor.ActorStoppedException} and
 * {@link dev.shuttle.runtime.actor.MailboxFullException}. The rest exists for generated code,
 * carries {@link dev.shuttle.runtime.InternalApi}, and may change in any release.
 */
package dev.shuttle.runtime.actor;
