/**
 * Shuttle's annotations: what a user writes on plain classes and methods to get a concurrency
 * pattern generated at compile time.
 *
 * <p>Class-level patterns: {@link dev.shuttle.Actor}, {@link dev.shuttle.Pipeline} (with
 * {@link dev.shuttle.Stage}), {@link dev.shuttle.Phased} (with {@link dev.shuttle.Phase} and
 * {@link dev.shuttle.AfterPhase}) and {@link dev.shuttle.ReadMostly} (with {@link dev.shuttle.Read}
 * and {@link dev.shuttle.Write}). Method-level patterns, woven into one {@code ConcurrentFoo}
 * subclass: {@link dev.shuttle.RateLimited}, {@link dev.shuttle.Async} (sized by
 * {@link dev.shuttle.Pool}), {@link dev.shuttle.Race} and {@link dev.shuttle.ForkJoin}. The enums
 * are the annotations' values. Every annotation has {@code CLASS} retention: nothing reads them
 * at run time.
 */
package dev.shuttle;
