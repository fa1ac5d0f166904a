package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a class whose state is read far more often than it is written (the reader-writer
 * pattern). The processor generates {@code ConcurrentFoo extends Foo}, whose overrides run
 * {@link Read} methods under a shared read lock and {@link Write} methods (and public methods
 * marked neither) under an exclusive write lock.
 *
 * <pre>{@code
 * @ReadMostly
 * public class Catalog {
 *   private final Map<String, Item> items = new HashMap<>();
 *   @Read  public Item find(String key) { return items.get(key); }
 *   @Write public void put(Item item) { items.put(item.key(), item); }
 * }
 *
 * Catalog catalog = new ConcurrentCatalog();   // same constructors as Catalog
 * }</pre>
 *
 * <p>Self-calls go through the overrides too, and nesting is safe with every strategy: a read or
 * a write may call reads, and a write may call writes, without blocking on its own lock. A read
 * that calls a write throws {@code IllegalStateException} naming both methods (the upgrade would
 * deadlock). Waits for the lock are not interruptible, like hand-written {@code lock()} calls,
 * unless the method declares {@code InterruptedException}. The generated code uses no
 * {@code synchronized}, so waiting virtual threads do not pin their carrier.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ReadMostly {

  /**
   * The lock behind the class. The default, {@link LockStrategy#STAMPED}, is what
   * {@code @ReadMostly} is for: readers proceed side by side, a read is cheaper to take than with
   * {@link LockStrategy#READ_WRITE}, and it is the only strategy whose reads can be
   * {@link Read#optimistic() optimistic}, taking no lock at all when no write intervenes.
   * Choose {@link LockStrategy#MUTEX} when writes are about as frequent as reads or a read is a
   * single lookup, where readers gain little from sharing. {@code BENCHMARKS.md} compares the
   * three.
   */
  LockStrategy lock() default LockStrategy.STAMPED;
}
