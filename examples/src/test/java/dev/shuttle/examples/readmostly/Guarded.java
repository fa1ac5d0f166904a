package dev.shuttle.examples.readmostly;

import dev.shuttle.LockStrategy;
import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Write;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code @ReadMostly} test classes, one per strategy, all with the same body. */
final class Guarded {
  private Guarded() {}

  /** Two fields every writer keeps equal; latches let a test hold a thread inside a method. */
  abstract static class Pair {
    long left;
    long right;
    volatile CountDownLatch inside = new CountDownLatch(0);
    volatile CountDownLatch release = new CountDownLatch(0);

    @Read
    public boolean consistent() {
      return left == right;
    }

    @Read
    public long holdReading() throws InterruptedException {
      inside.countDown();
      release.await(30, TimeUnit.SECONDS);
      return left;
    }

    @Write
    public void bump() {
      left++;
      right++;
    }

    @Write
    public void holdWriting() throws InterruptedException {
      inside.countDown();
      release.await(30, TimeUnit.SECONDS);
    }

    @Write
    public long bumpAndRead() {
      bump();                  // write -> write
      return readBoth();       // write -> read
    }

    @Read
    public long readBoth() {
      return consistent() ? left : -1; // read -> read
    }

    @Read
    public void sneakyUpgrade() {
      bump();                  // read -> write: refused, it would deadlock
    }

    @Write
    public void waitForWrite() throws InterruptedException {}

    public void reset() {      // unmarked: exclusive
      left = 0;
      right = 0;
    }
  }

  @ReadMostly(lock = LockStrategy.READ_WRITE)
  static class ReadWritePair extends Pair {}

  @ReadMostly(lock = LockStrategy.STAMPED)
  static class StampedPair extends Pair {
    @Read(optimistic = true)
    public boolean optimisticallyConsistent() {
      long l = left;
      long r = right;
      return l == r;
    }
  }

  @ReadMostly(lock = LockStrategy.MUTEX)
  static class MutexPair extends Pair {}
}
