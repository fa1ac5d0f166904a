package dev.shuttle.runtime.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the runtime logged to one logger (through {@code System.Logger}, which the JDK backs with
 * java.util.logging) while a body ran, kept off the console.
 */
public final class CapturedLog {
  private CapturedLog() {}

  /** A body that may throw {@code E}; a plain lambda infers {@code RuntimeException}. */
  @FunctionalInterface
  public interface Body<E extends Exception> {
    void run() throws E;
  }

  public static <E extends Exception> List<LogRecord> capture(String loggerName, Body<E> body) throws E {
    Logger logger = Logger.getLogger(loggerName);
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    boolean useParentHandlers = logger.getUseParentHandlers();
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
    try {
      body.run();
    } finally {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(useParentHandlers);
    }
    return records;
  }
}
