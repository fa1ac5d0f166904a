/**
 * The {@code @Actor} step: validates an actor class and writes {@code FooActor}, which runs on
 * {@code dev.shuttle.runtime.actor}.
 */
package dev.shuttle.processor.actor;
