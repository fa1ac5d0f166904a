package dev.shuttle.runtime.readmostly;

import dev.shuttle.LockStrategy;
import java.util.concurrent.locks.StampedLock;

/**
 * {@link LockStrategy#STAMPED}: a {@link StampedLock}. It is not reentrant and has no owner, so
 * the calling thread's holds are kept in its {@link ReadMostlyHold}: a nested call never reaches
 * the lock, where a nested {@code readLock()} queued behind a waiting writer would deadlock.
 *
 * <p>Outside that, the lock is called exactly as hand-written code calls it, and releases need no
 * stamp ({@code tryUnlockRead()}, {@code tryUnlockWrite()}: the record already says what this
 * thread holds), so the record keeps no stamps and is updated after the release, not while
 * others wait for it. The fast paths are short and the rest is out of line, so that they inline
 * into the generated override.
 */
final class StampedReadMostlyLock extends ReadMostlyLock {
  private final StampedLock lock = new StampedLock();

  StampedReadMostlyLock(String typeName) {
    super(typeName);
  }

  @Override
  public ReadMostlyHold enterRead(String method) {
    ReadMostlyHold hold = ReadMostlyHold.current();
    if (hold.first != 0L || timingWaits()) {
      return enterReadSlowly(hold, method);
    }
    lock.readLock(); // exactly hand-written code's call
    hold.first = id;
    return hold;
  }

  /** Nested, or holding other locks, or a recording wants the waits: look before waiting. */
  private ReadMostlyHold enterReadSlowly(ReadMostlyHold hold, String method) {
    if (hold.mode(id) != ReadMostlyHold.NONE) {
      return ReadMostlyHold.NESTED;
    }
    if (timingWaits() && lock.isWriteLocked()) {
      ReadMostlyWaitEvent wait = waitStarted();
      lock.readLock();
      waitEnded(wait, method, false);
    } else {
      lock.readLock();
    }
    hold.push(id);
    return hold;
  }

  @Override
  public ReadMostlyHold enterReadInterruptibly(String method) throws InterruptedException {
    ReadMostlyHold hold = ReadMostlyHold.current();
    if (hold.mode(id) != ReadMostlyHold.NONE) {
      return ReadMostlyHold.NESTED;
    }
    if (timingWaits() && lock.isWriteLocked()) {
      ReadMostlyWaitEvent wait = waitStarted();
      lock.readLockInterruptibly();
      waitEnded(wait, method, false);
    } else {
      lock.readLockInterruptibly();
    }
    hold.push(id);
    return hold;
  }

  @Override
  public void exitRead(ReadMostlyHold hold) {
    if (hold != ReadMostlyHold.NESTED) {
      // Unlocked first, so that the bookkeeping does not lengthen the hold; the record is this
      // thread's own, so no one sees it lag.
      if (!lock.tryUnlockRead()) {
        throw new IllegalMonitorStateException("not read-locked: " + this);
      }
      hold.pop(id);
    }
  }

  @Override
  public ReadMostlyHold enterWrite(String method) {
    ReadMostlyHold hold = ReadMostlyHold.current();
    if (hold.first != 0L && nestedInWrite(hold, method)) {
      return ReadMostlyHold.NESTED;
    }
    if (timingWaits()) {
      waitToWrite(method);
    } else {
      lock.writeLock(); // exactly hand-written code's call
    }
    hold.push(-id);
    return hold;
  }

  private void waitToWrite(String method) {
    if (lock.tryWriteLock() == 0L) {
      ReadMostlyWaitEvent wait = waitStarted();
      lock.writeLock();
      waitEnded(wait, method, true);
    }
  }

  @Override
  public ReadMostlyHold enterWriteInterruptibly(String method) throws InterruptedException {
    ReadMostlyHold hold = ReadMostlyHold.current();
    if (nestedInWrite(hold, method)) {
      return ReadMostlyHold.NESTED;
    }
    if (Thread.interrupted()) { // like writeLockInterruptibly, which tryWriteLock() is not
      throw new InterruptedException();
    }
    if (lock.tryWriteLock() == 0L) {
      ReadMostlyWaitEvent wait = waitStarted();
      lock.writeLockInterruptibly();
      waitEnded(wait, method, true);
    }
    hold.push(-id);
    return hold;
  }

  @Override
  public void exitWrite(ReadMostlyHold hold) {
    if (hold != ReadMostlyHold.NESTED) {
      if (!lock.tryUnlockWrite()) {
        throw new IllegalMonitorStateException("not write-locked: " + this);
      }
      hold.pop(-id);
    }
  }

  /**
   * {@link StampedLock#tryOptimisticRead()}: {@code 0}, which is {@link #NO_STAMP}, while
   * write-locked, including by this thread (the caller then takes the nested read path). Inside
   * this thread's own read lock the stamp stays valid, since no writer can enter.
   */
  @Override
  public long tryOptimisticRead() {
    return lock.tryOptimisticRead();
  }

  @Override
  public boolean validate(long stamp) {
    if (lock.validate(stamp)) {
      return true;
    }
    countOptimisticRetry();
    return false;
  }

  @Override
  public LockStrategy strategy() {
    return LockStrategy.STAMPED;
  }

  @Override
  public ReadMostlyStats stats() {
    return stats(lock.getReadLockCount(), lock.isWriteLocked());
  }
}
