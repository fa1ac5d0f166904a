package dev.shuttle.runtime.readmostly;

import dev.shuttle.LockStrategy;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link LockStrategy#READ_WRITE}: a non-fair {@link ReentrantReadWriteLock}, called exactly as
 * hand-written code calls it around the outermost call of a thread.
 *
 * <p>The lock is reentrant, but a nested call never reaches it: as for {@code STAMPED}, the calling
 * thread's holds are kept in its {@link ReadMostlyHold}, and a nested read, a read inside this
 * thread's write, or a nested write proceeds at once (even while a writer waits) without touching
 * the lock. A self-call that recurses until the stack runs out overflows in such a nested call, and
 * the JDK finishes a lock operation that started on the last of the stack before it throws the
 * {@code StackOverflowError} ({@code @ReservedStackAccess}): a nested {@code lock()} would take a
 * hold that no {@code finally} ever releases. Taking nothing, the nested calls leave only the
 * outermost hold, released once the overflow has unwound the stack. A write inside a read is found
 * in the record before it waits, and refused.
 */
final class ReadWriteReadMostlyLock extends ReadMostlyLock {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ReentrantReadWriteLock.ReadLock readLock = lock.readLock();
  private final ReentrantReadWriteLock.WriteLock writeLock = lock.writeLock();

  ReadWriteReadMostlyLock(String typeName) {
    super(typeName);
  }

  @Override
  public ReadMostlyHold enterRead(String method) {
    ReadMostlyHold hold = ReadMostlyHold.current();
    if (hold.first != 0L || timingWaits()) {
      return enterReadSlowly(hold, method);
    }
    readLock.lock(); // exactly hand-written code's call
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
      readLock.lock();
      waitEnded(wait, method, false);
    } else {
      readLock.lock();
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
      readLock.lockInterruptibly();
      waitEnded(wait, method, false);
    } else {
      readLock.lockInterruptibly();
    }
    hold.push(id);
    return hold;
  }

  @Override
  public void exitRead(ReadMostlyHold hold) {
    if (hold != ReadMostlyHold.NESTED) {
      readLock.unlock(); // unlocked first, so that the bookkeeping does not lengthen the hold
      hold.pop(id);
    }
  }

  @Override
  public ReadMostlyHold enterWrite(String method) {
    ReadMostlyHold hold = ReadMostlyHold.current();
    if (hold.first != 0L && nestedInWrite(hold, method)) {
      return ReadMostlyHold.NESTED;
    }
    if (!writeLock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted();
      writeLock.lock();
      waitEnded(wait, method, true);
    }
    hold.push(-id);
    return hold;
  }

  @Override
  public ReadMostlyHold enterWriteInterruptibly(String method) throws InterruptedException {
    ReadMostlyHold hold = ReadMostlyHold.current();
    if (nestedInWrite(hold, method)) {
      return ReadMostlyHold.NESTED;
    }
    if (Thread.interrupted()) { // like lockInterruptibly, which tryLock() is not
      throw new InterruptedException();
    }
    if (!writeLock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted();
      writeLock.lockInterruptibly();
      waitEnded(wait, method, true);
    }
    hold.push(-id);
    return hold;
  }

  @Override
  public void exitWrite(ReadMostlyHold hold) {
    if (hold != ReadMostlyHold.NESTED) {
      writeLock.unlock();
      hold.pop(-id);
    }
  }

  @Override
  public LockStrategy strategy() {
    return LockStrategy.READ_WRITE;
  }

  @Override
  public ReadMostlyStats stats() {
    return stats(lock.getReadLockCount(), lock.isWriteLocked());
  }
}
