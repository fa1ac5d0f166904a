package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method on a thread pool: the caller gets a future at once and never waits for the
 * body. The processor generates {@code ConcurrentFoo}, whose override hands the call to the pool.
 *
 * <pre>{@code
 * @Async public CompletableFuture<Image> resize(Image in) { ...; return CompletableFuture.completedFuture(out); }
 * @Async(pool = Pool.CPU) public void index(Image in) { ... }
 * }</pre>
 *
 * <p>The method returns {@code CompletableFuture<T>}, {@code CompletionStage<T>} or {@code void}
 * (the Spring and MicroProfile convention). The override returns a future that completes with
 * the result of the future the body returned, or with its exception, unchanged. A {@code void}
 * method is fire and forget: its failure goes to {@code TaskPools}' failure handler (by default
 * {@code System.Logger} {@code dev.shuttle.async} at {@code WARNING}). Cancelling the returned
 * future before the body starts skips the body; it does not interrupt a body that is running.
 *
 * <p>The pool is the class's default {@link Pool}, or the one {@link #pool()} names. Calls from
 * inside the class to its own {@code @Async} methods go through the pool too; a pool's own
 * threads never wait for room in a queue, so such calls cannot deadlock the pool.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Async {
  /**
   * The pool's name: one declared with {@code @Pool(name = ...)} on the class, or a built-in one
   * ({@link Pool#CPU}, {@link Pool#IO}). {@code ""} (the default) is the class's default pool.
   */
  String pool() default "";
}
