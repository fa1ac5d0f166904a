package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link ReadMostly} class that only reads its state: the generated override
 * runs it under the shared read lock, so reads run side by side.
 *
 * <p>A read may call other reads of the same object (they proceed at once), but not a
 * {@link Write} method: upgrading a read lock to a write lock deadlocks in every read-write
 * lock, so that call throws {@code IllegalStateException} naming both methods instead. Make the
 * outer method {@code @Write} if it has to write.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Read {

  /**
   * Runs the method first without any lock and keeps the result only if no write happened
   * meanwhile (validated afterwards); otherwise, or if the unlocked run threw, runs it again under
   * the read lock. Needs {@code @ReadMostly(lock = LockStrategy.STAMPED)}.
   *
   * <p>Only for short methods that copy fields into locals and compute from them, with no side
   * effects and no calls to {@code @Write} methods: the unlocked run may see a half-finished
   * write (a torn pair of fields, a map being resized), and everything it does before the
   * validation fails really happens.
   */
  boolean optimistic() default false;
}
