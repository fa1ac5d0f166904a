package dev.shuttle.examples.faults;

/** Where a body ran, and whether it started with its thread's interrupt flag set. */
record Ran(Thread thread, boolean interrupted) {
  static Ran here() {
    return new Ran(Thread.currentThread(), Thread.currentThread().isInterrupted());
  }
}
