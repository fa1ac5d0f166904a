package dev.shuttle.spring.app;

import dev.shuttle.Async;
import java.util.concurrent.CompletableFuture;
import org.slf4j.MDC;

/** An {@code @Async} method that reports the {@code requestId} of the MDC it runs with. */
public class Traced {
  @Async
  public CompletableFuture<String> requestId() {
    return CompletableFuture.completedFuture(MDC.get("requestId"));
  }
}
