/**
 * The bounded rings between pipeline stages: single- and multi-producer, single- and
 * multi-consumer variants of one {@link dev.shuttle.runtime.queue.BoundedQueue}, which spin
 * briefly and then park their waiters.
 *
 * <p>Nothing here is for users: {@link dev.shuttle.runtime.queue.BoundedQueue} exists for
 * generated code, carries {@link dev.shuttle.runtime.InternalApi}, and may change in any release.
 */
package dev.shuttle.runtime.queue;
