package dev.shuttle.benchmarks.readmostly;

import dev.shuttle.LockStrategy;
import dev.shuttle.runtime.readmostly.ReadMostlyHold;
import dev.shuttle.runtime.readmostly.ReadMostlyLock;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the per-thread hold tracking of {@link ReadMostlyLock} costs: one uncontended
 * enter/exit pair against the bare lock/unlock of the same JDK lock, single-threaded, where the
 * difference is largest (under contention the lock's own cache misses dwarf it). Also the bare
 * {@code ThreadLocal.get()} the tracking pays on enter and on exit.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar HoldTrackingBenchmark -f 3 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@Threads(1)
public class HoldTrackingBenchmark {
  private static final ThreadLocal<Object[]> LOCAL = ThreadLocal.withInitial(() -> new Object[1]);

  private final StampedLock stamped = new StampedLock();
  private final ReentrantReadWriteLock readWrite = new ReentrantReadWriteLock();
  private final ReentrantReadWriteLock.ReadLock readLock = readWrite.readLock();
  private final ReentrantReadWriteLock.WriteLock writeLock = readWrite.writeLock();
  private final ReentrantLock mutex = new ReentrantLock();
  private final ReadMostlyLock shuttleStamped = ReadMostlyLock.create(LockStrategy.STAMPED, "Bench");
  private final ReadMostlyLock shuttleReadWrite = ReadMostlyLock.create(LockStrategy.READ_WRITE, "Bench");
  private final ReadMostlyLock shuttleMutex = ReadMostlyLock.create(LockStrategy.MUTEX, "Bench");
  private long guarded;

  @Benchmark
  public Object threadLocalGet() {
    return LOCAL.get();
  }

  @Benchmark
  public long stampedRead() {
    long stamp = stamped.readLock();
    try {
      return guarded;
    } finally {
      stamped.unlockRead(stamp);
    }
  }

  @Benchmark
  public long shuttleStampedRead() {
    ReadMostlyHold hold = shuttleStamped.enterRead("Bench.read");
    try {
      return guarded;
    } finally {
      shuttleStamped.exitRead(hold);
    }
  }

  @Benchmark
  public long stampedWrite() {
    long stamp = stamped.writeLock();
    try {
      return ++guarded;
    } finally {
      stamped.unlockWrite(stamp);
    }
  }

  @Benchmark
  public long shuttleStampedWrite() {
    ReadMostlyHold hold = shuttleStamped.enterWrite("Bench.write");
    try {
      return ++guarded;
    } finally {
      shuttleStamped.exitWrite(hold);
    }
  }

  @Benchmark
  public long readWriteRead() {
    readLock.lock();
    try {
      return guarded;
    } finally {
      readLock.unlock();
    }
  }

  @Benchmark
  public long shuttleReadWriteRead() {
    ReadMostlyHold hold = shuttleReadWrite.enterRead("Bench.read");
    try {
      return guarded;
    } finally {
      shuttleReadWrite.exitRead(hold);
    }
  }

  @Benchmark
  public long readWriteWrite() {
    writeLock.lock();
    try {
      return ++guarded;
    } finally {
      writeLock.unlock();
    }
  }

  @Benchmark
  public long shuttleReadWriteWrite() {
    ReadMostlyHold hold = shuttleReadWrite.enterWrite("Bench.write");
    try {
      return ++guarded;
    } finally {
      shuttleReadWrite.exitWrite(hold);
    }
  }

  @Benchmark
  public long mutexRead() {
    mutex.lock();
    try {
      return guarded;
    } finally {
      mutex.unlock();
    }
  }

  @Benchmark
  public long shuttleMutexRead() {
    ReadMostlyHold hold = shuttleMutex.enterRead("Bench.read");
    try {
      return guarded;
    } finally {
      shuttleMutex.exitRead(hold);
    }
  }
}
