package dev.shuttle.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shuttle.mdc.MdcContext;
import dev.shuttle.spring.app.ConcurrentTraced;
import dev.shuttle.spring.app.Traced;
import dev.shuttle.test.ManualExecutor;
import dev.shuttle.test.ShuttleTest;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.test.context.FilteredClassLoader;

/** {@code shuttle.context.mdc=true} carries the caller's MDC with the work handed to Shuttle's threads while the context lives. */
@ShuttleTest
class MdcTest {
  @AfterEach
  void clear() {
    MDC.clear();
    MdcContext.uninstall();
  }

  @Test
  void offByDefault() {
    ShuttleContexts.runner().run(context -> assertThat(MdcContext.isInstalled()).isFalse());
  }

  @Test
  void onAnAsyncMethodRunsWithItsCallersMdcUntilTheContextCloses(ManualExecutor executor) throws Exception {
    ShuttleContexts.runner().withBean(Traced.class, ConcurrentTraced::new).withPropertyValues("shuttle.context.mdc=true")
        .run(context -> {
          assertThat(MdcContext.isInstalled()).isTrue();
          MDC.put("requestId", "r-1");
          CompletableFuture<String> requestId = context.getBean(Traced.class).requestId();
          MDC.clear();
          executor.runAll(); // here, on the test thread, whose MDC is empty by now
          assertThat(requestId.get()).isEqualTo("r-1");
        });
    assertThat(MdcContext.isInstalled()).as("after the context closed").isFalse();
  }

  @Test
  void anInstallationOfTheApplicationsOwnOutlivesTheContext() {
    MdcContext.install();
    ShuttleContexts.runner().withPropertyValues("shuttle.context.mdc=true").run(context -> { });
    assertThat(MdcContext.isInstalled()).isTrue();
  }

  @Test
  void onWithoutShuttleMdcOnTheClassPathFailsStartup() {
    ShuttleContexts.runner().withClassLoader(new FilteredClassLoader(MdcContext.class))
        .withPropertyValues("shuttle.context.mdc=true").run(context -> {
          assertThat(context).hasFailed();
          assertThat(OverridesTest.rootCause(context.getStartupFailure()))
              .hasMessage("shuttle.context.mdc=true needs dev.shuttle:shuttle-mdc on the class path");
        });
  }
}
