package dev.shuttle.examples.faults;

import java.util.concurrent.atomic.AtomicReference;

/** What a test hands a body to do: throw a {@link Fault} ({@code fault::raise}), hold on a {@link Blocker}, or pass. */
@FunctionalInterface
interface Work {
  Work PASS = thrown -> {};

  void run(AtomicReference<Throwable> thrown) throws InterruptedException;
}
