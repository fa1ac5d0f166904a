package dev.shuttle.test;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.pool.TaskPools;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Gives each test a {@link ManualClock} and a {@link ManualExecutor} of its own, installed from
 * before the test instance is made (so field initializers see them) until the test ends: every
 * Shuttle object the test makes reads that clock, and every pool it asks for runs on that
 * executor. A test, a {@code @BeforeEach} method or the test class's constructor gets them as
 * parameters.
 *
 * <pre>{@code
 * @ShuttleTest
 * class GitHubClientTest {
 *   private final GitHubClient client = new ConcurrentGitHubClient();
 *
 *   @Test
 *   void theHundredAndFirstCallWaitsForTheNextPermit(ManualClock clock) { ... }
 * }
 * }</pre>
 *
 * <p>Objects made outside a test (in {@code @BeforeAll}, in static fields, or, with
 * {@code @TestInstance(PER_CLASS)}, in field initializers for every test but the first) keep the
 * clock that was current then. The clock and the executor are process-wide while installed: use
 * {@link ShuttleTest}, which also keeps such tests from running in parallel with each other.
 */
public final class ShuttleTestExtension
    implements TestInstancePreConstructCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  /** The {@code @ResourceLock} that {@link ShuttleTest} holds: the installed clock and executor. */
  public static final String RESOURCE = "dev.shuttle.test.installed-clock-and-executor";

  private static Session active; // guarded by ShuttleTestExtension.class

  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
    begin();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    begin(); // PER_CLASS: tests after the first get a fresh clock too
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Session ended;
    synchronized (ShuttleTestExtension.class) {
      ended = active;
      active = null;
    }
    if (ended != null) {
      ended.uninstall();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ManualClock.class || type == ManualExecutor.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Session session;
    synchronized (ShuttleTestExtension.class) {
      session = active;
    }
    if (session == null) {
      throw new ParameterResolutionException("No Shuttle test clock is installed outside a test: "
          + parameter.getParameter() + " can be a parameter of a test, a @BeforeEach method or the constructor");
    }
    return parameter.getParameter().getType() == ManualClock.class ? session.clock : session.executor;
  }

  /** Starts a session unless the test instance's construction already started this test's. */
  private static void begin() {
    synchronized (ShuttleTestExtension.class) {
      if (active == null) {
        active = new Session();
        active.install();
      }
    }
  }

  /** One test's clock and executor. */
  private static final class Session {
    final ManualClock clock = new ManualClock();
    final ManualExecutor executor = new ManualExecutor();

    void install() {
      ShuttleClock.install(clock);
      try {
        TaskPools.install(executor);
      } catch (RuntimeException e) {
        ShuttleClock.uninstall(clock);
        throw e;
      }
    }

    void uninstall() {
      TaskPools.uninstall(executor);
      ShuttleClock.uninstall(clock);
    }
  }
}
