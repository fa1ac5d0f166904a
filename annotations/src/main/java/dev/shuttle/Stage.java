package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One step of a {@link Pipeline}: a non-private, non-static, non-generic method with exactly one
 * parameter. Stages run in the order they are declared, each fed by a bounded queue.
 *
 * <p>What a stage returns is passed to the next one: a value as it is; an {@code Optional<T>}'s
 * value, or nothing (the item is counted as filtered); with {@link #expand()}, each element of the
 * returned {@code Iterable<T>}. The last stage may return {@code void} (it is the sink), or a value
 * that goes to the consumer given to {@code FooPipeline.start}. Returning {@code null} counts as a
 * failure: return an empty {@code Optional} to drop an item.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Stage {

  /** The largest {@link #workers()}: {@link Pool#MAX_THREADS}. */
  int MAX_WORKERS = Pool.MAX_THREADS;

  /** Threads that run this stage, each taking items from its queue; 1 to {@link #MAX_WORKERS}. */
  int workers() default 1;

  /**
   * Capacity of this stage's input queue, overriding {@link Pipeline#bound()}; 1 to
   * {@link Pipeline#MAX_BOUND} when given.
   */
  int bound() default 0;

  /**
   * Runs the workers on virtual threads (for stages that mostly wait on I/O). Needs JDK 21 or
   * newer; on older JDKs the stage runs on platform threads and says so once in the log.
   */
  boolean virtual() default false;

  /**
   * The method returns an {@code Iterable<T>} whose elements are passed on one by one (an empty
   * one counts the item as filtered).
   */
  boolean expand() default false;
}
