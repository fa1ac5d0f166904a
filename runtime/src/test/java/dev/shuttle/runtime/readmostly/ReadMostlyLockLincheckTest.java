package dev.shuttle.runtime.readmostly;

import dev.shuttle.LockStrategy;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Linearizability of a few counters and their total guarded by each strategy, in the shape of a
 * generated {@code ConcurrentFoo}: every concurrent history of reads, optimistic reads, writes and
 * nested calls (a read that reads, a write that reads and writes) must match some sequential
 * order.
 *
 * <p>Lincheck explores the JDK locks' own code too, which makes an invocation costly (10 to 50 ms
 * on two busy cores, the same with a bare {@code ReentrantLock}); so the counters are an
 * {@code int[]}, not a map (half the cost), and invocations are bounded so that each check stays
 * under about 30 seconds. The first Lincheck test in a JVM also pays for instrumenting the JDK.
 */
class ReadMostlyLockLincheckTest {

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void modelChecking(LockStrategy strategy) {
    new ModelCheckingOptions()
        .iterations(Integer.getInteger("it", 8))
        .invocationsPerIteration(Integer.getInteger("inv", 100))
        .threads(2)
        .actorsPerThread(3)
        .check(subject(strategy));
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void stress(LockStrategy strategy) {
    new StressOptions()
        .iterations(Integer.getInteger("it", 10))
        .invocationsPerIteration(Integer.getInteger("inv", 1_000))
        .threads(3)
        .actorsPerThread(3)
        .check(subject(strategy));
  }

  private static Class<?> subject(LockStrategy strategy) {
    switch (strategy) {
      case READ_WRITE: return ReadWriteCounters.class;
      case STAMPED: return StampedCounters.class;
      case MUTEX: return MutexCounters.class;
      default: throw new AssertionError(strategy);
    }
  }

  public static final class ReadWriteCounters extends Counters {
    public ReadWriteCounters() {
      super(LockStrategy.READ_WRITE);
    }
  }

  public static final class StampedCounters extends Counters {
    public StampedCounters() {
      super(LockStrategy.STAMPED);
    }
  }

  public static final class MutexCounters extends Counters {
    public MutexCounters() {
      super(LockStrategy.MUTEX);
    }
  }

  /** Per-key counters and their total; the operations are shaped like generated overrides. */
  @Param(name = "key", gen = IntGen.class, conf = "0:2")
  public abstract static class Counters {
    private final ReadMostlyLock lock;
    private final int[] counts = new int[3];
    private int total;

    Counters(LockStrategy strategy) {
      lock = ReadMostlyLock.create(strategy, "Counters");
    }

    @Operation
    public int get(@Param(name = "key") int key) {
      ReadMostlyHold hold = lock.enterRead("Counters.get");
      try {
        return counts[key];
      } finally {
        lock.exitRead(hold);
      }
    }

    /** A read that calls a read. */
    @Operation
    public int sumOf(@Param(name = "key") int key, @Param(name = "key") int other) {
      ReadMostlyHold hold = lock.enterRead("Counters.sumOf");
      try {
        return get(key) + get(other);
      } finally {
        lock.exitRead(hold);
      }
    }

    /** Optimistic with {@code STAMPED}; elsewhere {@code tryOptimisticRead} is {@code NO_STAMP} and it locks. */
    @Operation
    public int total() {
      long stamp = lock.tryOptimisticRead();
      if (stamp != ReadMostlyLock.NO_STAMP) {
        int result = total;
        if (lock.validate(stamp)) {
          return result;
        }
      }
      ReadMostlyHold hold = lock.enterRead("Counters.total");
      try {
        return total;
      } finally {
        lock.exitRead(hold);
      }
    }

    /** A write that calls a read and a write. */
    @Operation
    public int increment(@Param(name = "key") int key) {
      ReadMostlyHold hold = lock.enterWrite("Counters.increment");
      try {
        int next = get(key) + 1;
        counts[key] = next;
        addToTotal(1);
        return next;
      } finally {
        lock.exitWrite(hold);
      }
    }

    @Operation
    public int reset(@Param(name = "key") int key) {
      ReadMostlyHold hold = lock.enterWrite("Counters.reset");
      try {
        int removed = counts[key];
        counts[key] = 0;
        addToTotal(-removed);
        return removed;
      } finally {
        lock.exitWrite(hold);
      }
    }

    private void addToTotal(int delta) {
      ReadMostlyHold hold = lock.enterWrite("Counters.addToTotal");
      try {
        total += delta;
      } finally {
        lock.exitWrite(hold);
      }
    }
  }
}
