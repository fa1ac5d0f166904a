package dev.shuttle.runtime.readmostly;

import dev.shuttle.LockStrategy;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * {@link LockStrategy#MUTEX}: one exclusive lock for reads and writes, the non-fair queued lock of
 * {@code ReentrantLock} (an {@link AbstractQueuedSynchronizer}: one CAS to take it when free, a
 * FIFO queue of parked threads otherwise), without reentrancy, which nesting does not need.
 *
 * <p>Its lock word says how it is held: {@code READ} or {@code WRITE} (or 0, free), set by the
 * same CAS that takes it. With the owner the lock already keeps, that is everything nesting needs,
 * at no cost: a nested call proceeds, and a write nested in a read is refused, as with the other
 * strategies. Single-threaded it costs what a {@code ReentrantLock} costs.
 */
final class MutexReadMostlyLock extends ReadMostlyLock {
  private static final int READ = 1;
  private static final int WRITE = 2;

  private final Sync sync = new Sync();

  MutexReadMostlyLock(String typeName) {
    super(typeName);
  }

  @Override
  public ReadMostlyHold enterRead(String method) {
    // The CAS first, as ReentrantLock does: it succeeds only when the lock is free, so no nested
    // call gets past it, and looking at the owner first would cost a contended cache line.
    if (!sync.tryLock(READ)) {
      if (sync.isHeldByCurrentThread()) {
        return ReadMostlyHold.NESTED;
      }
      waitFor(READ, method);
    }
    return ReadMostlyHold.ACQUIRED;
  }

  @Override
  public ReadMostlyHold enterReadInterruptibly(String method) throws InterruptedException {
    if (sync.isHeldByCurrentThread()) {
      return ReadMostlyHold.NESTED;
    }
    if (Thread.interrupted()) { // like lockInterruptibly, which tryLock() is not
      throw new InterruptedException();
    }
    if (!sync.tryLock(READ)) {
      waitInterruptiblyFor(READ, method);
    }
    return ReadMostlyHold.ACQUIRED;
  }

  @Override
  public void exitRead(ReadMostlyHold hold) {
    if (hold != ReadMostlyHold.NESTED) {
      sync.release(READ);
    }
  }

  @Override
  public ReadMostlyHold enterWrite(String method) {
    if (!sync.tryLock(WRITE)) {
      if (sync.isHeldByCurrentThread()) {
        return nestedWrite(method);
      }
      waitFor(WRITE, method);
    }
    return ReadMostlyHold.ACQUIRED;
  }

  @Override
  public ReadMostlyHold enterWriteInterruptibly(String method) throws InterruptedException {
    if (sync.isHeldByCurrentThread()) {
      return nestedWrite(method);
    }
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    if (!sync.tryLock(WRITE)) {
      waitInterruptiblyFor(WRITE, method);
    }
    return ReadMostlyHold.ACQUIRED;
  }

  private ReadMostlyHold nestedWrite(String method) {
    if (sync.heldFor() == READ) {
      throw upgrade(method);
    }
    return ReadMostlyHold.NESTED;
  }

  @Override
  public void exitWrite(ReadMostlyHold hold) {
    if (hold != ReadMostlyHold.NESTED) {
      sync.release(WRITE);
    }
  }

  private void waitFor(int mode, String method) {
    ReadMostlyWaitEvent wait = waitStarted();
    sync.acquire(mode);
    waitEnded(wait, method, mode == WRITE);
  }

  private void waitInterruptiblyFor(int mode, String method) throws InterruptedException {
    ReadMostlyWaitEvent wait = waitStarted();
    sync.acquireInterruptibly(mode);
    waitEnded(wait, method, mode == WRITE);
  }

  @Override
  public LockStrategy strategy() {
    return LockStrategy.MUTEX;
  }

  @Override
  public ReadMostlyStats stats() {
    int mode = sync.heldFor();
    return stats(mode == READ ? 1 : 0, mode == WRITE);
  }

  /** State: 0 free, else the mode it is held for. */
  private static final class Sync extends AbstractQueuedSynchronizer {
    private static final long serialVersionUID = 1L;

    boolean tryLock(int mode) {
      if (compareAndSetState(0, mode)) {
        setExclusiveOwnerThread(Thread.currentThread());
        return true;
      }
      return false;
    }

    @Override
    protected boolean tryAcquire(int mode) {
      return tryLock(mode);
    }

    @Override
    protected boolean tryRelease(int ignored) {
      if (getExclusiveOwnerThread() != Thread.currentThread()) {
        throw new IllegalMonitorStateException("not held by " + Thread.currentThread());
      }
      setExclusiveOwnerThread(null);
      setState(0);
      return true;
    }

    @Override
    protected boolean isHeldExclusively() {
      return getExclusiveOwnerThread() == Thread.currentThread();
    }

    boolean isHeldByCurrentThread() {
      return getExclusiveOwnerThread() == Thread.currentThread();
    }

    int heldFor() {
      return getState();
    }
  }
}
