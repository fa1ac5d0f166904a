package dev.shuttle.examples.faults;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a body on its worker thread until the test lets it go, so that the test can interrupt
 * that thread from outside, as an operator's tool, a library or a shutdown hook might.
 */
final class Blocker {
  private static final long WAIT_SECONDS = 30;

  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch noticed = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile Thread worker;

  /** A body that stops when interrupted: the wait ends with {@link InterruptedException}. */
  void hold() throws InterruptedException {
    enter();
    awaitRelease();
  }

  /**
   * A body that cannot stop: it notes the interrupt, waits on, and sets the flag again before it
   * returns, as such code should.
   */
  void holdThroughInterrupt() {
    enter();
    boolean interrupted = false;
    while (true) {
      try {
        awaitRelease();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        noticed.countDown();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Test side: waits until the body is inside, then interrupts its thread. */
  void interruptWorker() throws InterruptedException {
    if (!entered.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("the body never started");
    }
    worker.interrupt();
  }

  /** Test side, after {@link #interruptWorker()} on {@link #holdThroughInterrupt()}: lets the body return. */
  void releaseOnceNoticed() throws InterruptedException {
    if (!noticed.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("the body never saw the interrupt");
    }
    release.countDown();
  }

  private void enter() {
    worker = Thread.currentThread();
    entered.countDown();
  }

  private void awaitRelease() throws InterruptedException {
    if (!release.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("the test never released the body");
    }
  }
}
