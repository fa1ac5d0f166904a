/**
 * The step for every pattern woven into one {@code ConcurrentFoo} subclass: a guard per pattern
 * ({@code RateLimitGuard} → {@code dev.shuttle.runtime.ratelimit}, {@code ReadMostlyGuard} →
 * {@code dev.shuttle.runtime.readmostly}, {@code AsyncGuard}, {@code RaceGuard} and
 * {@code ForkJoinGuard} → {@code dev.shuttle.runtime.pool}), stacked in one fixed order around
 * each overridden method.
 */
package dev.shuttle.processor.woven;
