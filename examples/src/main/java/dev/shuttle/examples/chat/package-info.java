/**
 * Actors that work together: chat rooms and members that hold each other's generated actors, a
 * member that hands the room its own actor ({@code MemberActor.self()}), and an ask whose answer
 * comes back as a message of the asking actor ({@code Actors.pipeToSelf}).
 */
package dev.shuttle.examples.chat;
