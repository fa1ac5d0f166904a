package dev.shuttle.examples.faults;

import java.util.concurrent.atomic.AtomicReference;

/** A blocking call on a thread of its own, so that the test can interrupt the workers it waits for. */
final class BackgroundCall {
  private final Thread thread;
  private final AtomicReference<Throwable> thrown = new AtomicReference<>();

  private BackgroundCall(Thrown.Call call) {
    thread = new Thread(() -> thrown.set(Thrown.byOrNull(call)), "faults-caller");
    thread.setDaemon(true); // a call that never returns must not keep the JVM alive
    thread.start();
  }

  static BackgroundCall start(Thrown.Call call) {
    return new BackgroundCall(call);
  }

  /** Waits for the call to end (the test's own time bound stops a wait that never ends); what it threw, or null. */
  Throwable thrown() throws InterruptedException {
    thread.join();
    return thrown.get();
  }
}
