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
   * {@code @ReadMostly} is for: readers proceed side by side, a read costs less than with
   * {@link LockStrategy#READ_WRITE} (faster in 5 of 8 mixes measured, all four with the smallest
   * reads), and it is the only strategy whose reads can be {@link Read#optimistic() optimistic},
   * which took no lock and did 1.1 to 2.2 times the work of the best locked read at 95% reads
   * ({@code LockBenchmark} in {@code benchmarks/}, a catalog of 1,000 entries, 2 and 4 threads).
   * Measured on 2 cores, where no more than 2 readers can run at once, {@link LockStrategy#MUTEX}
   * was often as fast or faster: choose it when writes are about as frequent as reads or a read
   * is a single lookup. {@code BENCHMARKS.md} has the numbers.
   */
  LockStrategy lock() default LockStrategy.STAMPED;
}
