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
   * The lock behind the class. The default, {@link LockStrategy#STAMPED}, was chosen by
   * measurement ({@code LockBenchmark} and {@code LockPairs} in {@code benchmarks/}: a catalog of
   * 1,000 entries, 95% and 50% reads, 2 and 4 threads on 2 cores). It is the fastest strategy
   * for what {@code @ReadMostly} is for, mostly reads that do some work: at 95% reads of 20
   * lookups each it did 1.2 times the work of {@code MUTEX} with 2 threads (1.7 times
   * {@code READ_WRITE}), and it stays within about 15% of the best in every other mix. It is also
   * the only strategy whose reads can be {@link Read#optimistic() optimistic}, which took no lock
   * and ran 1.5 to 1.9 times faster again at 95% reads. {@code MUTEX} wins when reads are tiny
   * (a single map lookup) or writes are frequent; {@code READ_WRITE} was never the fastest.
   */
  LockStrategy lock() default LockStrategy.STAMPED;
}
