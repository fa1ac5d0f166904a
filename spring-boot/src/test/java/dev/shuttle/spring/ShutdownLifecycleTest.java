package dev.shuttle.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shuttle.spring.app.Blocking;
import dev.shuttle.spring.app.ConcurrentBlocking;
import dev.shuttle.spring.app.ConcurrentTraced;
import dev.shuttle.spring.app.Traced;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.SmartLifecycle;

/**
 * Closing the application context runs {@code Shuttle.shutdown}, after the application's own
 * lifecycle beans have stopped. It is final for its JVM, so Maven runs this class in a JVM of its
 * own (pom.xml, execution "shutdown"), and it has one test.
 */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(60) // a bound on a hang, not a timing claim
class ShutdownLifecycleTest {
  @Test
  void closingTheContextShutsShuttleDownAfterTheApplicationsLifecycleBeansAndLogsWhatDidNotFinish(
      CapturedOutput output) throws Exception {
    Traced traced = new ConcurrentTraced();
    Listener listener = new Listener(traced);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<CompletableFuture<String>> blocked = new AtomicReference<>();

    ShuttleContexts.runner()
        .withPropertyValues("shuttle.shutdown.enabled=true", "shuttle.shutdown.timeout=0s")
        .withBean(Blocking.class, ConcurrentBlocking::new)
        .withBean(Listener.class, () -> listener)
        .run(context -> {
          assertThat(context).hasSingleBean(ShutdownLifecycle.class);
          assertThat(context.getBean(ShutdownLifecycle.class).isRunning()).isTrue();
          blocked.set(context.getBean(Blocking.class).awaitRelease(release));
        });

    assertThat(listener.lastCall.get(30, TimeUnit.SECONDS))
        .as("the listener, stopping at phase 0, still had Shuttle's pools").isNull();
    assertThat(output).contains("Shuttle.shutdown: not finished within shuttle.shutdown.timeout (PT0S)")
        .contains("name=dev.shuttle.spring.app.Blocking");
    assertThat(blocked.get()).as("still running, not dropped").isNotDone();
    release.countDown();
    assertThat(blocked.get().get(30, TimeUnit.SECONDS)).isEqualTo("released");

    assertThatThrownBy(() -> new ConcurrentTraced().requestId().get(30, TimeUnit.SECONDS))
        .as("a woven instance made afterwards gets no fresh pool").rootCause()
        .isInstanceOf(RejectedExecutionException.class);
  }

  /** An application's own lifecycle bean, at phase 0 (a plain Lifecycle's), that makes one last call as it stops. */
  static final class Listener implements SmartLifecycle {
    private final Traced traced;
    private volatile boolean running;
    volatile CompletableFuture<String> lastCall;

    Listener(Traced traced) {
      this.traced = traced;
    }

    @Override
    public void start() {
      running = true;
    }

    @Override
    public void stop() {
      lastCall = traced.requestId();
      running = false;
    }

    @Override
    public boolean isRunning() {
      return running;
    }

    @Override
    public int getPhase() {
      return 0;
    }
  }
}
