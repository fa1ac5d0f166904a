package dev.shuttle.runtime;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** Where {@link ShuttleClock#install} keeps the clock: read once per Shuttle object, when it is made. */
final class InstalledClock {
  private static final AtomicReference<ShuttleClock> INSTALLED = new AtomicReference<>();

  private InstalledClock() {}

  static ShuttleClock current() {
    ShuttleClock installed = INSTALLED.get();
    return installed == null ? ShuttleClock.system() : installed;
  }

  static void install(ShuttleClock clock) {
    Objects.requireNonNull(clock, "clock");
    if (!INSTALLED.compareAndSet(null, clock) && INSTALLED.get() != clock) {
      throw new IllegalStateException("A clock is already installed: " + INSTALLED.get()
          + ". Uninstall it first; tests that install clocks must not run in parallel.");
    }
  }

  static void uninstall(ShuttleClock clock) {
    INSTALLED.compareAndSet(clock, null);
  }
}
