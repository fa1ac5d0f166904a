package dev.shuttle.spring;

import dev.shuttle.runtime.ShutdownReport;
import dev.shuttle.runtime.Shuttle;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link Shuttle#shutdown} when the application context closes, in a phase that stops after
 * the application's own lifecycle beans (web servers, message listeners, schedulers: the
 * producers of Shuttle's work), and before any bean is destroyed. Logs what did not finish in
 * time. It is final for the JVM, as {@code Shuttle.shutdown} is.
 */
final class ShutdownLifecycle implements SmartLifecycle {
  /**
   * Below 0, where a plain {@code Lifecycle} bean stops, and below every phase Spring and Spring
   * Boot use (the web server stops at {@code DEFAULT_PHASE - 2048}): stopping is in descending
   * phase order.
   */
  static final int PHASE = -1024;

  private static final Log LOG = LogFactory.getLog("dev.shuttle.spring");

  private final Duration timeout;
  private volatile boolean running;

  /** @throws IllegalArgumentException if {@code timeout} is negative: at startup, not at the close */
  ShutdownLifecycle(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("shuttle.shutdown.timeout must not be negative, but is " + timeout);
    }
    this.timeout = timeout;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    ShutdownReport report = Shuttle.shutdown(timeout);
    if (!report.allFinished()) {
      LOG.warn("Shuttle.shutdown: not finished within shuttle.shutdown.timeout (" + timeout
          + "), going on in the background: " + report);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
