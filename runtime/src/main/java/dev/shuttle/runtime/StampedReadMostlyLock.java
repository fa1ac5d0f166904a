package dev.shuttle.runtime;

import dev.shuttle.LockStrategy;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.StampedLock;

/**
 * {@link LockStrategy#STAMPED}: a {@link StampedLock}, which is not reentrant, so this class
 * tracks holds itself. The writer is one thread: a {@code writer} field (its thread id, a
 * {@code long}, so that writing it runs no GC barrier), written only by the thread holding the
 * write lock, tells a thread whether the write lock is its own. Readers are many: each thread's
 * reads are kept in {@link ReadHolds}. A reader looks at {@code writer} only when it finds the
 * lock write-locked.
 */
final class StampedReadMostlyLock extends ReadMostlyLock {
  private final StampedLock lock = new StampedLock();
  private final LongAdder optimisticRetries = new LongAdder();
  private long writer; // id of the thread holding the write lock, else 0; written only by it, opaque (untorn)
  private long writes; // written only by the write-lock holder; opaque for stats()

  StampedReadMostlyLock(String typeName) {
    super(typeName);
  }

  @Override
  public long enterRead(String method) {
    ReadHolds holds = ReadHolds.current();
    if (holds.holds(id)) {
      return NESTED;
    }
    long stamp;
    if (!lock.isWriteLocked()) {
      stamp = lock.readLock(); // may still wait if a writer slipped in; that wait is not counted
    } else if ((long) WRITER.getOpaque(this) == Thread.currentThread().getId()) {
      return NESTED;
    } else {
      ReadMostlyWaitEvent wait = waitStarted(false);
      stamp = lock.readLock();
      waitEnded(wait, method, false);
    }
    holds.push(id, method);
    return stamp;
  }

  @Override
  public long enterReadInterruptibly(String method) throws InterruptedException {
    ReadHolds holds = ReadHolds.current();
    if (holds.holds(id)) {
      return NESTED;
    }
    long stamp;
    if (!lock.isWriteLocked()) {
      stamp = lock.readLockInterruptibly();
    } else if ((long) WRITER.getOpaque(this) == Thread.currentThread().getId()) {
      return NESTED;
    } else {
      ReadMostlyWaitEvent wait = waitStarted(false);
      stamp = lock.readLockInterruptibly();
      waitEnded(wait, method, false);
    }
    holds.push(id, method);
    return stamp;
  }

  @Override
  public void exitRead(long token) {
    if (token != NESTED) {
      ReadHolds.current().pop(id);
      lock.unlockRead(token);
    }
  }

  @Override
  public long enterWrite(String method) {
    long me = Thread.currentThread().getId();
    if ((long) WRITER.getOpaque(this) == me) {
      return NESTED;
    }
    String reader = ReadHolds.current().holder(id);
    if (reader != null) {
      throw upgrade(method, reader);
    }
    long stamp = lock.tryWriteLock();
    if (stamp == 0L) {
      ReadMostlyWaitEvent wait = waitStarted(true);
      stamp = lock.writeLock();
      waitEnded(wait, method, true);
    }
    return wrote(me, stamp);
  }

  @Override
  public long enterWriteInterruptibly(String method) throws InterruptedException {
    long me = Thread.currentThread().getId();
    if ((long) WRITER.getOpaque(this) == me) {
      return NESTED;
    }
    String reader = ReadHolds.current().holder(id);
    if (reader != null) {
      throw upgrade(method, reader);
    }
    if (Thread.interrupted()) { // like writeLockInterruptibly, which tryWriteLock() is not
      throw new InterruptedException();
    }
    long stamp = lock.tryWriteLock();
    if (stamp == 0L) {
      ReadMostlyWaitEvent wait = waitStarted(true);
      stamp = lock.writeLockInterruptibly();
      waitEnded(wait, method, true);
    }
    return wrote(me, stamp);
  }

  private long wrote(long me, long stamp) {
    WRITER.setOpaque(this, me);
    WRITES.setOpaque(this, writes + 1);
    return stamp;
  }

  @Override
  public void exitWrite(long token) {
    if (token != NESTED) {
      WRITER.setOpaque(this, 0L);
      lock.unlockWrite(token);
    }
  }

  /**
   * {@link StampedLock#tryOptimisticRead()}: {@code 0} while write-locked, including by this
   * thread (the caller then takes the nested read path). Inside this thread's own read lock the
   * stamp stays valid, since no writer can enter.
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
    optimisticRetries.increment();
    return false;
  }

  @Override
  public LockStrategy strategy() {
    return LockStrategy.STAMPED;
  }

  @Override
  public ReadMostlyStats stats() {
    return stats((long) WRITES.getOpaque(this), optimisticRetries.sum(), lock.getReadLockCount(),
        lock.isWriteLocked());
  }

  private static final VarHandle WRITER;
  private static final VarHandle WRITES;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      WRITER = lookup.findVarHandle(StampedReadMostlyLock.class, "writer", long.class);
      WRITES = lookup.findVarHandle(StampedReadMostlyLock.class, "writes", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
