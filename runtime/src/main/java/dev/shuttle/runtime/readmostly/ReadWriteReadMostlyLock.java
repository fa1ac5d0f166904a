package dev.shuttle.runtime.readmostly;

import dev.shuttle.LockStrategy;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link LockStrategy#READ_WRITE}: a non-fair {@link ReentrantReadWriteLock}, called exactly as
 * hand-written code calls it. It is reentrant and already counts each thread's reads, which is
 * all nesting needs: a nested read, or a read inside this thread's write, is granted at once even
 * while a writer waits; a nested write re-enters; and a write inside a read is found by
 * {@code getReadHoldCount()} before it waits, and refused. So nothing is kept beside the lock,
 * and the fast paths are the lock's own.
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
    if (timingWaits() && lock.isWriteLocked() && !lock.isWriteLockedByCurrentThread()) {
      ReadMostlyWaitEvent wait = waitStarted();
      readLock.lock();
      waitEnded(wait, method, false);
    } else {
      readLock.lock();
    }
    return ReadMostlyHold.ACQUIRED;
  }

  @Override
  public ReadMostlyHold enterReadInterruptibly(String method) throws InterruptedException {
    if (Thread.currentThread().isInterrupted() && isHeldByCurrentThread()) {
      readLock.lock(); // nested: granted at once, so there is no wait to interrupt
      return ReadMostlyHold.ACQUIRED;
    }
    if (timingWaits() && lock.isWriteLocked() && !lock.isWriteLockedByCurrentThread()) {
      ReadMostlyWaitEvent wait = waitStarted();
      readLock.lockInterruptibly();
      waitEnded(wait, method, false);
    } else {
      readLock.lockInterruptibly();
    }
    return ReadMostlyHold.ACQUIRED;
  }

  @Override
  public void exitRead(ReadMostlyHold hold) {
    readLock.unlock();
  }

  @Override
  public ReadMostlyHold enterWrite(String method) {
    if (!writeLock.tryLock()) { // free, or held by this thread's own write: taken
      refuseUpgrade(method);
      waitToWrite(method);
    }
    return ReadMostlyHold.ACQUIRED;
  }

  @Override
  public ReadMostlyHold enterWriteInterruptibly(String method) throws InterruptedException {
    if (writeLock.isHeldByCurrentThread()) {
      writeLock.lock(); // nested: re-entered at once, so there is no wait to interrupt
      return ReadMostlyHold.ACQUIRED;
    }
    refuseUpgrade(method);
    if (Thread.interrupted()) { // like lockInterruptibly, which tryLock() is not
      throw new InterruptedException();
    }
    if (!writeLock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted();
      writeLock.lockInterruptibly();
      waitEnded(wait, method, true);
    }
    return ReadMostlyHold.ACQUIRED;
  }

  @Override
  public void exitWrite(ReadMostlyHold hold) {
    writeLock.unlock();
  }

  private boolean isHeldByCurrentThread() {
    return lock.isWriteLockedByCurrentThread() || lock.getReadHoldCount() > 0;
  }

  /** Before waiting for the write lock: waiting for this thread's own read would never end. */
  private void refuseUpgrade(String method) {
    if (lock.getReadHoldCount() > 0) {
      throw upgrade(method);
    }
  }

  private void waitToWrite(String method) {
    ReadMostlyWaitEvent wait = waitStarted();
    writeLock.lock();
    waitEnded(wait, method, true);
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
