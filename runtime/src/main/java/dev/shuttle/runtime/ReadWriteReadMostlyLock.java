package dev.shuttle.runtime;

import dev.shuttle.LockStrategy;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link LockStrategy#READ_WRITE}: a non-fair {@link ReentrantReadWriteLock}. It is reentrant
 * and knows its write owner, but not which method took a read, and the upgrade error has to name
 * it; so this thread's reads are kept in {@link ReadHolds}, and a nested read skips the lock
 * altogether (which also spares the lock's own per-thread hold count).
 */
final class ReadWriteReadMostlyLock extends ReadMostlyLock {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ReentrantReadWriteLock.ReadLock readLock = lock.readLock();
  private final ReentrantReadWriteLock.WriteLock writeLock = lock.writeLock();
  private long writes; // written only by the write-lock holder; opaque for stats()

  ReadWriteReadMostlyLock(String typeName) {
    super(typeName);
  }

  @Override
  public long enterRead(String method) {
    ReadHolds holds = ReadHolds.current();
    if (holds.holds(id)) {
      return NESTED;
    }
    if (!lock.isWriteLocked()) {
      readLock.lock(); // may still wait behind a writer that slipped in; that wait is not counted
    } else if (lock.isWriteLockedByCurrentThread()) {
      return NESTED;
    } else {
      ReadMostlyWaitEvent wait = waitStarted(false);
      readLock.lock();
      waitEnded(wait, method, false);
    }
    holds.push(id, method);
    return ACQUIRED;
  }

  @Override
  public long enterReadInterruptibly(String method) throws InterruptedException {
    ReadHolds holds = ReadHolds.current();
    if (holds.holds(id)) {
      return NESTED;
    }
    if (!lock.isWriteLocked()) {
      readLock.lockInterruptibly();
    } else if (lock.isWriteLockedByCurrentThread()) {
      return NESTED;
    } else {
      ReadMostlyWaitEvent wait = waitStarted(false);
      readLock.lockInterruptibly();
      waitEnded(wait, method, false);
    }
    holds.push(id, method);
    return ACQUIRED;
  }

  @Override
  public void exitRead(long token) {
    if (token != NESTED) {
      ReadHolds.current().pop(id);
      readLock.unlock();
    }
  }

  @Override
  public long enterWrite(String method) {
    if (lock.isWriteLockedByCurrentThread()) {
      return NESTED;
    }
    String reader = ReadHolds.current().holder(id);
    if (reader != null) {
      throw upgrade(method, reader);
    }
    if (!writeLock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted(true);
      writeLock.lock();
      waitEnded(wait, method, true);
    }
    WRITES.setOpaque(this, writes + 1);
    return ACQUIRED;
  }

  @Override
  public long enterWriteInterruptibly(String method) throws InterruptedException {
    if (lock.isWriteLockedByCurrentThread()) {
      return NESTED;
    }
    String reader = ReadHolds.current().holder(id);
    if (reader != null) {
      throw upgrade(method, reader);
    }
    if (Thread.interrupted()) { // like lockInterruptibly, which tryLock() is not
      throw new InterruptedException();
    }
    if (!writeLock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted(true);
      writeLock.lockInterruptibly();
      waitEnded(wait, method, true);
    }
    WRITES.setOpaque(this, writes + 1);
    return ACQUIRED;
  }

  @Override
  public void exitWrite(long token) {
    if (token != NESTED) {
      writeLock.unlock();
    }
  }

  @Override
  public LockStrategy strategy() {
    return LockStrategy.READ_WRITE;
  }

  @Override
  public ReadMostlyStats stats() {
    return stats((long) WRITES.getOpaque(this), 0, lock.getReadLockCount(), lock.isWriteLocked());
  }

  private static final VarHandle WRITES;

  static {
    try {
      WRITES = MethodHandles.lookup().findVarHandle(ReadWriteReadMostlyLock.class, "writes", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
