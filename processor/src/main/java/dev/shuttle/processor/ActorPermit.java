package dev.shuttle.processor;

import java.util.OptionalInt;

/**
 * How the actor of an {@code @Actor} class waits for the permit of a method whose
 * {@code @RateLimited} waits, through two members of the woven {@code ConcurrentFoo}: it reserves
 * the permit before the message runs, holds the message, without a thread, until the permit is
 * due, then calls the method past its limit. The override keeps its blocking guard for every other
 * caller. The woven step, which runs first, records them ({@link ProcessorContext#offerPermits}).
 *
 * @param reserve the woven method that reserves the permit and returns the nanoseconds until it is
 *     due: {@code reserveLookupPermit(address)}
 * @param key the position of the {@code @RateLimited.Key} parameter whose argument {@code reserve}
 *     takes, if the limit is per key
 * @param permitted the woven method, with the method's parameters, that runs the call past its
 *     limit (the guards inside it, then the original): {@code lookupPermitted(address)}
 */
public record ActorPermit(String reserve, OptionalInt key, String permitted) {}
