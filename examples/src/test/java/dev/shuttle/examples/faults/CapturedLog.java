package dev.shuttle.examples.faults;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the runtime logs to one {@code System.Logger} (backed by java.util.logging) while it is
 * open, kept off the console: the stack traces of real overflows are long.
 */
final class CapturedLog implements AutoCloseable {
  private final Logger logger;
  private final boolean usedParentHandlers;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private CapturedLog(String name) {
    logger = Logger.getLogger(name);
    usedParentHandlers = logger.getUseParentHandlers();
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
  }

  static CapturedLog of(String name) {
    return new CapturedLog(name);
  }

  /** The throwables logged so far, in order. */
  List<Throwable> thrown() {
    return records.stream().map(LogRecord::getThrown).toList();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setUseParentHandlers(usedParentHandlers);
  }
}
