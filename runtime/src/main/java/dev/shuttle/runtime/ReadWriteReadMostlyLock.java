package dev.shuttle.runtime;

import dev.shuttle.LockStrategy;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link LockStrategy#READ_WRITE}: a non-fair {@link ReentrantReadWriteLock}. It knows its write
 * owner, which is all a nested call in a write needs. It also counts each thread's reads, but
 * cannot say which method took one, and the upgrade error has to name it: so the calling
 * thread's reads are kept in its {@link ReadMostlyHold}, and a nested read skips the lock
 * altogether. Writes keep nothing: {@code isWriteLockedByCurrentThread()} reads the owner from
 * the line the write's CAS has just taken.
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
    if (hold.first != 0L || ReadMostlyWaitEvent.enabled()) {
      return enterReadSlowly(hold, method);
    }
    readLock.lock(); // exactly hand-written code's call (in a write of this thread, it proceeds)
    hold.pushFirst(id, method, 0L);
    return hold;
  }

  /** Nested, or holding other locks, or a recording wants the waits: look before waiting. */
  private ReadMostlyHold enterReadSlowly(ReadMostlyHold hold, String method) {
    if (hold.mode(id) != ReadMostlyHold.NONE || lock.isWriteLockedByCurrentThread()) {
      return ReadMostlyHold.NESTED;
    }
    if (ReadMostlyWaitEvent.enabled() && lock.isWriteLocked()) {
      ReadMostlyWaitEvent wait = waitStarted(false);
      readLock.lock();
      waitEnded(wait, method, false);
    } else {
      readLock.lock();
    }
    hold.push(id, method, 0L);
    return hold;
  }

  @Override
  public ReadMostlyHold enterReadInterruptibly(String method) throws InterruptedException {
    ReadMostlyHold hold = ReadMostlyHold.current();
    if (hold.mode(id) != ReadMostlyHold.NONE || lock.isWriteLockedByCurrentThread()) {
      return ReadMostlyHold.NESTED;
    }
    if (ReadMostlyWaitEvent.enabled() && lock.isWriteLocked()) {
      ReadMostlyWaitEvent wait = waitStarted(false);
      readLock.lockInterruptibly();
      waitEnded(wait, method, false);
    } else {
      readLock.lockInterruptibly();
    }
    hold.push(id, method, 0L);
    return hold;
  }

  @Override
  public void exitRead(ReadMostlyHold hold) {
    if (hold != ReadMostlyHold.NESTED) {
      readLock.unlock();
      hold.pop(id);
    }
  }

  @Override
  public ReadMostlyHold enterWrite(String method) {
    if (lock.isWriteLockedByCurrentThread()) {
      return ReadMostlyHold.NESTED;
    }
    refuseUpgrade(method);
    if (!writeLock.tryLock()) {
      waitToWrite(method);
    }
    return ReadMostlyHold.ACQUIRED;
  }

  private void refuseUpgrade(String method) {
    ReadMostlyHold hold = ReadMostlyHold.current();
    if (hold.first != 0L && hold.mode(id) == ReadMostlyHold.READ) {
      throw upgrade(method, hold.holder(id));
    }
  }

  private void waitToWrite(String method) {
    ReadMostlyWaitEvent wait = waitStarted(true);
    writeLock.lock();
    waitEnded(wait, method, true);
  }

  @Override
  public ReadMostlyHold enterWriteInterruptibly(String method) throws InterruptedException {
    if (lock.isWriteLockedByCurrentThread()) {
      return ReadMostlyHold.NESTED;
    }
    refuseUpgrade(method);
    if (Thread.interrupted()) { // like lockInterruptibly, which tryLock() is not
      throw new InterruptedException();
    }
    if (!writeLock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted(true);
      writeLock.lockInterruptibly();
      waitEnded(wait, method, true);
    }
    return ReadMostlyHold.ACQUIRED;
  }

  @Override
  public void exitWrite(ReadMostlyHold hold) {
    if (hold != ReadMostlyHold.NESTED) {
      writeLock.unlock();
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
