package dev.shuttle.examples;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a call that blocks on another thread, interrupts that thread, and records how the call
 * ended: what it threw and whether the thread's interrupt flag was set again.
 */
public record InterruptedCall(Throwable thrown, boolean flagSetAgain) {

  public static InterruptedCall interrupt(Runnable blockingCall) throws InterruptedException {
    AtomicReference<InterruptedCall> outcome = new AtomicReference<>(new InterruptedCall(null, false));
    Thread caller = new Thread(() -> {
      try {
        blockingCall.run();
      } catch (Throwable t) {
        outcome.set(new InterruptedCall(t, Thread.currentThread().isInterrupted()));
      }
    });
    caller.start();
    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(30));
    if (caller.isAlive()) {
      throw new AssertionError("the call did not respond to the interrupt within 30 s");
    }
    return outcome.get();
  }
}
