package dev.shuttle.benchmarks.readmostly;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A catalog of 1,000 entries read and written through the {@code ConcurrentCatalogs_*} classes
 * the processor generates for each {@code @ReadMostly} strategy ({@link Catalogs}), beside
 * hand-written classes doing the same work with the same lock ({@code synchronized},
 * {@code ReentrantLock}, {@code ReentrantReadWriteLock}, {@code StampedLock}, a
 * {@code StampedLock} made nesting-safe as the generated class is, optimistic
 * {@code StampedLock}). Writes replace the value of an existing key, so the map never changes
 * shape and optimistic reads of it are memory-safe.
 *
 * <pre>
 * mvn -B -q -pl annotations,runtime,processor,benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar 'readmostly.LockBenchmark.threads[24]' -f 3 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 *
 * <p>{@code impl}: {@code shuttle-*} are the generated classes with that strategy; the rest
 * are hand-written. Score: operations per microsecond, all threads together. Each contender runs
 * in JVMs of its own: two stores in one JVM measured the same class at 1.24 times itself, by
 * position alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LockBenchmark {
  static final int SIZE = 1_000;
  private static final Integer[] BOXED = new Integer[1024];

  static {
    for (int i = 0; i < BOXED.length; i++) {
      BOXED[i] = i; // no boxing in the measured loop
    }
  }

  /** Each Shuttle strategy right after its hand-written peer, so that the two run close in time. */
  @Param({
      "ReentrantLock", "shuttle-MUTEX", "ReentrantReadWriteLock", "shuttle-READ_WRITE", "StampedLock",
      "shuttle-STAMPED", "StampedLock-nesting-safe", "StampedLock-optimistic", "shuttle-STAMPED-optimistic",
      "synchronized"})
  public String impl;

  /** Percentage of reads; the rest are writes. */
  @Param({"95", "50"})
  public int readPercent;

  /**
   * Map lookups per read: 1 (a tiny critical section, where a lock's own cost dominates) or 20
   * (where readers gain from sharing the lock).
   */
  @Param({"1", "20"})
  public int readSize;

  /** Set from {@link #readSize} (static, so that the user's classes can see it). */
  static int lookups = 1;

  private Store catalog;

  /**
   * Moves the catalog by a random number of words in each JVM, so that where its lock word lands
   * relative to the objects every operation reads (the catalog, the map) is luck that forks
   * average out, the same for every contender. Without it, the hand-written
   * {@code ReentrantReadWriteLock} class scored well apart in two builds of this jar that differed
   * only in code it never ran.
   */
  private long[] layoutShift;

  @Setup
  public void setUp() {
    lookups = readSize;
    layoutShift = new long[ThreadLocalRandom.current().nextInt(16)];
    catalog = create(impl);
    for (int i = 0; i < SIZE; i++) {
      catalog.put(BOXED[i], BOXED[i]);
    }
  }

  /** A read: the value of {@code key}, after looking up {@link #lookups} keys in all. */
  static Integer lookup(Map<Integer, Integer> items, Integer key) {
    Integer found = items.get(key);
    for (int i = 1; i < lookups; i++) {
      if (items.get(BOXED[(key + i) % SIZE]) == null) {
        throw new AssertionError(key + i); // keeps the lookups alive
      }
    }
    return found;
  }

  static Integer boxed(int i) {
    return BOXED[i];
  }

  static Store create(String impl) {
    switch (impl) {
      case "synchronized": return new SynchronizedCatalog();
      case "ReentrantLock": return new MutexCatalog();
      case "ReentrantReadWriteLock": return new ReadWriteCatalog();
      case "StampedLock": return new StampedCatalog();
      case "StampedLock-nesting-safe": return new NestingSafeStampedCatalog();
      case "StampedLock-optimistic": return new OptimisticStampedCatalog();
      case "shuttle-MUTEX": return new ConcurrentCatalogs_Mutex();
      case "shuttle-READ_WRITE": return new ConcurrentCatalogs_ReadWrite();
      case "shuttle-STAMPED": return new ConcurrentCatalogs_Stamped();
      case "shuttle-STAMPED-optimistic": return new ConcurrentCatalogs_Optimistic();
      default: throw new IllegalArgumentException(impl);
    }
  }

  /** Each thread's own random numbers (xorshift): no shared state besides the catalog. */
  @State(Scope.Thread)
  public static class Dice {
    private int x = (int) System.nanoTime() | 1;

    int next() {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x;
    }
  }

  private Integer op(Dice dice) {
    int n = dice.next();
    Integer key = BOXED[(n >>> 16) % SIZE];
    if ((n & 0xFFFF) % 100 < readPercent) {
      return catalog.find(key);
    }
    catalog.put(key, BOXED[n & 1023]);
    return key;
  }

  @Benchmark
  @Threads(1)
  public Integer threads1(Dice dice) {
    return op(dice);
  }

  @Benchmark
  @Threads(2)
  public Integer threads2(Dice dice) {
    return op(dice);
  }

  @Benchmark
  @Threads(4)
  public Integer threads4(Dice dice) {
    return op(dice);
  }

  /** What every variant offers. */
  public interface Store {
    Integer find(Integer key);

    void put(Integer key, Integer value);
  }

  public static final class SynchronizedCatalog implements Store {
    private final Map<Integer, Integer> items = new HashMap<>();

    @Override
    public synchronized Integer find(Integer key) {
      return lookup(items, key);
    }

    @Override
    public synchronized void put(Integer key, Integer value) {
      items.put(key, value);
    }
  }

  public static final class MutexCatalog implements Store {
    private final Map<Integer, Integer> items = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public Integer find(Integer key) {
      lock.lock();
      try {
        return lookup(items, key);
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void put(Integer key, Integer value) {
      lock.lock();
      try {
        items.put(key, value);
      } finally {
        lock.unlock();
      }
    }
  }

  public static final class ReadWriteCatalog implements Store {
    private final Map<Integer, Integer> items = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantReadWriteLock.ReadLock readLock = lock.readLock();
    private final ReentrantReadWriteLock.WriteLock writeLock = lock.writeLock();

    @Override
    public Integer find(Integer key) {
      readLock.lock();
      try {
        return lookup(items, key);
      } finally {
        readLock.unlock();
      }
    }

    @Override
    public void put(Integer key, Integer value) {
      writeLock.lock();
      try {
        items.put(key, value);
      } finally {
        writeLock.unlock();
      }
    }
  }

  public static final class StampedCatalog implements Store {
    private final Map<Integer, Integer> items = new HashMap<>();
    private final StampedLock lock = new StampedLock();

    @Override
    public Integer find(Integer key) {
      long stamp = lock.readLock();
      try {
        return lookup(items, key);
      } finally {
        lock.unlockRead(stamp);
      }
    }

    @Override
    public void put(Integer key, Integer value) {
      long stamp = lock.writeLock();
      try {
        items.put(key, value);
      } finally {
        lock.unlockWrite(stamp);
      }
    }
  }

  /**
   * {@link StampedCatalog} made as safe as the generated class, the way a hand-written class
   * would: a {@code ThreadLocal} of this thread's holds, so that a nested call proceeds (a nested
   * {@code readLock()} queued behind a waiting writer deadlocks) and a write inside a read throws
   * instead of waiting for itself.
   */
  public static final class NestingSafeStampedCatalog implements Store {
    private final Map<Integer, Integer> items = new HashMap<>();
    private final StampedLock lock = new StampedLock();
    /** This thread's holds: {@code [0]} reading, {@code [1]} writing. */
    private final ThreadLocal<boolean[]> holds = ThreadLocal.withInitial(() -> new boolean[2]);

    @Override
    public Integer find(Integer key) {
      boolean[] held = holds.get();
      if (held[0] || held[1]) {
        return lookup(items, key);
      }
      long stamp = lock.readLock();
      held[0] = true;
      try {
        return lookup(items, key);
      } finally {
        held[0] = false;
        lock.unlockRead(stamp);
      }
    }

    @Override
    public void put(Integer key, Integer value) {
      boolean[] held = holds.get();
      if (held[1]) {
        items.put(key, value);
        return;
      }
      if (held[0]) {
        throw new IllegalStateException("put called inside a read: upgrading would deadlock");
      }
      long stamp = lock.writeLock();
      held[1] = true;
      try {
        items.put(key, value);
      } finally {
        held[1] = false;
        lock.unlockWrite(stamp);
      }
    }
  }

  /** The textbook optimistic read (StampedLock's Javadoc), falling back to the read lock. */
  public static final class OptimisticStampedCatalog implements Store {
    private final Map<Integer, Integer> items = new HashMap<>();
    private final StampedLock lock = new StampedLock();

    @Override
    public Integer find(Integer key) {
      long stamp = lock.tryOptimisticRead();
      if (stamp != 0L) {
        Integer result = lookup(items, key);
        if (lock.validate(stamp)) {
          return result;
        }
      }
      stamp = lock.readLock();
      try {
        return lookup(items, key);
      } finally {
        lock.unlockRead(stamp);
      }
    }

    @Override
    public void put(Integer key, Integer value) {
      long stamp = lock.writeLock();
      try {
        items.put(key, value);
      } finally {
        lock.unlockWrite(stamp);
      }
    }
  }
}
