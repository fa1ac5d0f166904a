package dev.shuttle.benchmarks.readmostly;

import dev.shuttle.LockStrategy;
import dev.shuttle.runtime.readmostly.ReadMostlyHold;
import dev.shuttle.runtime.readmostly.ReadMostlyLock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * {@link HoldTrackingBenchmark} for shared, busy machines, where JMH's wall-clock times mostly
 * measure the scheduler: the same single-threaded pairs, timed in thread CPU time (which does not
 * run while the thread is descheduled), interleaved round by round so that every variant sees the
 * same machine, keeping each one's best round. Each variant has its own loop and call sites, so
 * their profiles do not mix. {@code LongAdder.increment} is what counting every call would add.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.shuttle.benchmarks.readmostly.HoldTrackingCpuTime [rounds]
 * </pre>
 */
public final class HoldTrackingCpuTime {
  private static final ThreadLocal<Object[]> LOCAL = ThreadLocal.withInitial(() -> new Object[1]);
  private static final LongAdder ADDER = new LongAdder();
  private static final StampedLock STAMPED = new StampedLock();
  private static final ReentrantReadWriteLock READ_WRITE = new ReentrantReadWriteLock();
  private static final ReentrantLock MUTEX = new ReentrantLock();
  private static final ReadMostlyLock SHUTTLE_STAMPED = ReadMostlyLock.create(LockStrategy.STAMPED, "Bench");
  private static final ReadMostlyLock SHUTTLE_READ_WRITE = ReadMostlyLock.create(LockStrategy.READ_WRITE, "Bench");
  private static final ReadMostlyLock SHUTTLE_MUTEX = ReadMostlyLock.create(LockStrategy.MUTEX, "Bench");
  private static long guarded;

  private HoldTrackingCpuTime() {}

  private interface Loop {
    long run(int n);
  }

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 25;
    String[] names = {
        "ThreadLocal.get", "LongAdder.increment", "StampedLock read", "shuttle STAMPED read", "StampedLock write", "shuttle STAMPED write",
        "RRWL read", "shuttle READ_WRITE read", "RRWL write", "shuttle READ_WRITE write",
        "ReentrantLock", "shuttle MUTEX read", "shuttle MUTEX write"};
    Loop[] loops = {
        HoldTrackingCpuTime::threadLocalGet, HoldTrackingCpuTime::longAdderIncrement, HoldTrackingCpuTime::stampedRead, HoldTrackingCpuTime::shuttleStampedRead,
        HoldTrackingCpuTime::stampedWrite, HoldTrackingCpuTime::shuttleStampedWrite,
        HoldTrackingCpuTime::readWriteRead, HoldTrackingCpuTime::shuttleReadWriteRead,
        HoldTrackingCpuTime::readWriteWrite, HoldTrackingCpuTime::shuttleReadWriteWrite,
        HoldTrackingCpuTime::mutex, HoldTrackingCpuTime::shuttleMutexRead, HoldTrackingCpuTime::shuttleMutexWrite};
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int n = 2_000_000;
    int warmup = 5;
    double[] best = new double[loops.length];
    Arrays.fill(best, Double.MAX_VALUE);
    long sink = 0;
    for (int round = 0; round < warmup + rounds; round++) {
      for (int k = 0; k < loops.length; k++) {
        long start = cpu.getCurrentThreadCpuTime();
        sink += loops[k].run(n);
        double ns = (cpu.getCurrentThreadCpuTime() - start) / (double) n;
        if (round >= warmup) {
          best[k] = Math.min(best[k], ns);
        }
      }
    }
    for (int k = 0; k < loops.length; k++) {
      System.out.printf("%-26s %6.2f ns/op%n", names[k], best[k]);
    }
    System.out.println("(thread CPU time, best of " + rounds + " rounds; checksum " + (sink & 1) + ")");
  }

  private static long threadLocalGet(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      s += LOCAL.get().length;
    }
    return s;
  }

  private static long longAdderIncrement(int n) {
    for (int i = 0; i < n; i++) {
      ADDER.increment();
    }
    return ADDER.sum();
  }

  private static long stampedRead(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      long stamp = STAMPED.readLock();
      try {
        s += guarded;
      } finally {
        STAMPED.unlockRead(stamp);
      }
    }
    return s;
  }

  private static long shuttleStampedRead(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      ReadMostlyHold hold = SHUTTLE_STAMPED.enterRead("Bench.read");
      try {
        s += guarded;
      } finally {
        SHUTTLE_STAMPED.exitRead(hold);
      }
    }
    return s;
  }

  private static long stampedWrite(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      long stamp = STAMPED.writeLock();
      try {
        s += ++guarded;
      } finally {
        STAMPED.unlockWrite(stamp);
      }
    }
    return s;
  }

  private static long shuttleStampedWrite(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      ReadMostlyHold hold = SHUTTLE_STAMPED.enterWrite("Bench.write");
      try {
        s += ++guarded;
      } finally {
        SHUTTLE_STAMPED.exitWrite(hold);
      }
    }
    return s;
  }

  // Hand-written code keeps the read or write lock in a field: one load per call, as here.
  private static long readWriteRead(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      READ_WRITE.readLock().lock();
      try {
        s += guarded;
      } finally {
        READ_WRITE.readLock().unlock();
      }
    }
    return s;
  }

  private static long shuttleReadWriteRead(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      ReadMostlyHold hold = SHUTTLE_READ_WRITE.enterRead("Bench.read");
      try {
        s += guarded;
      } finally {
        SHUTTLE_READ_WRITE.exitRead(hold);
      }
    }
    return s;
  }

  private static long readWriteWrite(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      READ_WRITE.writeLock().lock();
      try {
        s += ++guarded;
      } finally {
        READ_WRITE.writeLock().unlock();
      }
    }
    return s;
  }

  private static long shuttleReadWriteWrite(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      ReadMostlyHold hold = SHUTTLE_READ_WRITE.enterWrite("Bench.write");
      try {
        s += ++guarded;
      } finally {
        SHUTTLE_READ_WRITE.exitWrite(hold);
      }
    }
    return s;
  }

  private static long mutex(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      MUTEX.lock();
      try {
        s += guarded;
      } finally {
        MUTEX.unlock();
      }
    }
    return s;
  }

  private static long shuttleMutexRead(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      ReadMostlyHold hold = SHUTTLE_MUTEX.enterRead("Bench.read");
      try {
        s += guarded;
      } finally {
        SHUTTLE_MUTEX.exitRead(hold);
      }
    }
    return s;
  }

  private static long shuttleMutexWrite(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      ReadMostlyHold hold = SHUTTLE_MUTEX.enterWrite("Bench.write");
      try {
        s += ++guarded;
      } finally {
        SHUTTLE_MUTEX.exitWrite(hold);
      }
    }
    return s;
  }
}
