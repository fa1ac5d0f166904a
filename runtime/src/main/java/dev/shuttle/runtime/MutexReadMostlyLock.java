package dev.shuttle.runtime;

import dev.shuttle.LockStrategy;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link LockStrategy#MUTEX}: one non-fair {@link ReentrantLock} for reads and writes. Only one
 * thread holds it, so hold tracking needs no {@code ThreadLocal}: the lock knows its owner, and
 * the owner notes in plain fields whether its outermost call is a read (and which), which is all
 * a nested write needs to refuse an upgrade the other strategies would refuse too. The method is
 * written only when it changes, since a reference store runs the GC's write barrier.
 */
final class MutexReadMostlyLock extends ReadMostlyLock {
  private final ReentrantLock lock = new ReentrantLock();
  private boolean reading; // whether the owner's outermost call is a read; the owner writes it
  private String reader; // that read's method; left behind after it (a constant)
  private long writes; // written only by the owner; opaque for stats()

  MutexReadMostlyLock(String typeName) {
    super(typeName);
  }

  @Override
  public long enterRead(String method) {
    if (lock.isHeldByCurrentThread()) {
      return NESTED;
    }
    if (!lock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted(false);
      lock.lock();
      waitEnded(wait, method, false);
    }
    return read(method);
  }

  @Override
  public long enterReadInterruptibly(String method) throws InterruptedException {
    if (lock.isHeldByCurrentThread()) {
      return NESTED;
    }
    if (Thread.interrupted()) { // like lockInterruptibly, which tryLock() is not
      throw new InterruptedException();
    }
    if (!lock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted(false);
      lock.lockInterruptibly();
      waitEnded(wait, method, false);
    }
    return read(method);
  }

  private long read(String method) {
    if (reader != method) {
      reader = method;
    }
    READING.setOpaque(this, true);
    return ACQUIRED;
  }

  @Override
  public void exitRead(long token) {
    if (token != NESTED) {
      READING.setOpaque(this, false);
      lock.unlock();
    }
  }

  @Override
  public long enterWrite(String method) {
    if (lock.isHeldByCurrentThread()) {
      if (reading) {
        throw upgrade(method, reader);
      }
      return NESTED;
    }
    if (!lock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted(true);
      lock.lock();
      waitEnded(wait, method, true);
    }
    WRITES.setOpaque(this, writes + 1);
    return ACQUIRED;
  }

  @Override
  public long enterWriteInterruptibly(String method) throws InterruptedException {
    if (lock.isHeldByCurrentThread()) {
      if (reading) {
        throw upgrade(method, reader);
      }
      return NESTED;
    }
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    if (!lock.tryLock()) {
      ReadMostlyWaitEvent wait = waitStarted(true);
      lock.lockInterruptibly();
      waitEnded(wait, method, true);
    }
    WRITES.setOpaque(this, writes + 1);
    return ACQUIRED;
  }

  @Override
  public void exitWrite(long token) {
    if (token != NESTED) {
      lock.unlock();
    }
  }

  @Override
  public LockStrategy strategy() {
    return LockStrategy.MUTEX;
  }

  /** With one lock for both, who holds it is a racy guess: fine for a snapshot. */
  @Override
  public ReadMostlyStats stats() {
    boolean locked = lock.isLocked();
    boolean read = (boolean) READING.getOpaque(this);
    return stats((long) WRITES.getOpaque(this), 0, locked && read ? 1 : 0, locked && !read);
  }

  private static final VarHandle READING;
  private static final VarHandle WRITES;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      READING = lookup.findVarHandle(MutexReadMostlyLock.class, "reading", boolean.class);
      WRITES = lookup.findVarHandle(MutexReadMostlyLock.class, "writes", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
