package dev.shuttle.runtime.actor;

import dev.shuttle.runtime.Snapshot;

/**
 * A snapshot of one actor, cheap enough to poll.
 *
 * @param actorType the user's class
 * @param mailboxSize messages waiting (approximate while senders are sending)
 * @param processed messages handled, successfully or not
 * @param failed handlers that threw
 * @param deadLetters tells refused after they were accepted, because the actor stopped after a
 *     failure ({@code FailurePolicy.STOP}); each one was reported to the failure handler
 * @param stopped whether the actor refuses new messages
 */
public record ActorStats(
    String actorType, long mailboxSize, long processed, long failed, long deadLetters, boolean stopped)
    implements Snapshot {}
