package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * Implements an abstract method by racing redundant sources: the first <em>successful</em> result
 * wins. The processor generates {@code ConcurrentFoo}, which implements the method.
 *
 * <pre>{@code
 * public abstract class Quotes {
 *   public Quote fromPrimary(String symbol) { ... }
 *   public CompletableFuture<Quote> fromMirror(String symbol) { ... }
 *   @Race({"fromPrimary", "fromMirror"})
 *   public abstract CompletableFuture<Quote> quote(String symbol);
 * }
 * }</pre>
 *
 * <p>The method is abstract and returns {@code CompletableFuture<T>} or {@code CompletionStage<T>}.
 * Its sources are methods of the class with the same parameter types that return {@code T} (or a
 * subtype) or a {@code CompletionStage} of it; each runs with the same arguments on the pool (the
 * class's default {@link Pool}, or {@link #pool()}). Unlike {@code CompletableFuture.anyOf}, a
 * source that fails fast does not win: the race waits for a success. The losers are cancelled, and
 * interrupted if they are running. The call fails only when every source failed, with one
 * {@code RaceFailedException} that carries every failure as a suppressed exception.
 *
 * <p>{@link #hedgeAfter()} starts the sources one at a time, the next only when none has answered
 * in that time (or the last one failed): a hedged request, which cuts tail latency for a few
 * percent more calls. {@link #timeout()} fails the call with {@code TimeoutException} and cancels
 * every source.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Race {
  /** The names of the source methods, in the order hedging starts them; at least two. */
  String[] value();

  /** Start the next source only after this long without an answer; {@code 0} (the default) starts all at once. */
  long hedgeAfter() default 0;

  /** Fail with {@code TimeoutException} after this long; {@code 0} (the default) waits as long as it takes. */
  long timeout() default 0;

  /** The unit of {@link #hedgeAfter()} and {@link #timeout()}. */
  TimeUnit unit() default TimeUnit.MILLISECONDS;

  /** The pool the sources run on, as in {@link Async#pool()}. */
  String pool() default "";
}
