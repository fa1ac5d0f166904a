package dev.shuttle.examples.faults;

import dev.shuttle.LockStrategy;
import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Write;
import java.util.concurrent.atomic.AtomicReference;

/** {@code @ReadMostly} classes, one per strategy, whose bodies throw a {@link Fault}. */
final class FaultyLocks {
  private FaultyLocks() {}

  abstract static class Guarded {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();
    private int value;

    @Read
    public int read(Fault fault) throws InterruptedException {
      fault.raise(thrown);
      return value;
    }

    @Write
    public void write(Fault fault) throws InterruptedException {
      fault.raise(thrown);
    }

    /** Calls itself through the woven override, into the lock at every level, until the stack runs out. */
    @Read
    public int readDeeper(int depth) {
      return readDeeper(depth + 1) + 1;
    }

    /** Like {@link #readDeeper}, holding the write lock. */
    @Write
    public int writeDeeper(int depth) {
      return writeDeeper(depth + 1) + 1;
    }

    @Write
    public void hold(Blocker blocker) throws InterruptedException {
      blocker.hold();
    }

    @Write
    public void set(int value) {
      this.value = value;
    }

    @Read
    public int get() {
      return value;
    }
  }

  @ReadMostly(lock = LockStrategy.STAMPED)
  static class Stamped extends Guarded {
    /** Runs once, inside the next lock-free run of {@link #readOptimistically}, as a write that tears what it reads. */
    volatile Runnable interveningWrite;

    @Read(optimistic = true)
    public int readOptimistically(Fault fault) throws InterruptedException {
      Runnable write = interveningWrite;
      interveningWrite = null;
      if (write != null) {
        write.run();
        fault.raise(thrown);
      }
      return get();
    }
  }

  @ReadMostly(lock = LockStrategy.READ_WRITE)
  static class ReadWrite extends Guarded {}

  @ReadMostly(lock = LockStrategy.MUTEX)
  static class Mutex extends Guarded {}
}
