package dev.shuttle.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code shuttle.*} properties of an application:
 *
 * <pre>
 * shuttle:
 *   overrides:
 *     "[com.example.GitHubClient/repo/RateLimited/value]": 200
 *     "[Pool/com.example.Thumbnailer/threads]": 8
 *   shutdown:
 *     timeout: 20s
 *   context:
 *     mdc: true
 * </pre>
 *
 * An override key holds {@code /} and {@code .}, which Spring's binding of a map keeps only inside
 * brackets: in YAML, quote the bracketed key as above; in a properties file, write
 * {@code shuttle.overrides[com.example.GitHubClient/repo/RateLimited/value]=200}.
 */
@ConfigurationProperties("shuttle")
public class ShuttleProperties {
  /** Deploy-time overrides of annotation values, by override key (in brackets: see the class's documentation). */
  private final Map<String, String> overrides = new LinkedHashMap<>();

  private final Shutdown shutdown = new Shutdown();

  private final Context context = new Context();

  private final Metrics metrics = new Metrics();

  public Map<String, String> getOverrides() {
    return overrides;
  }

  public Shutdown getShutdown() {
    return shutdown;
  }

  public Context getContext() {
    return context;
  }

  public Metrics getMetrics() {
    return metrics;
  }

  /** {@code shuttle.shutdown.*}: {@code Shuttle.shutdown} when the application context closes. */
  public static class Shutdown {
    /** Whether closing the application context shuts Shuttle down (for the rest of the JVM). */
    private boolean enabled = true;

    /** How long the shutdown waits, in all, for pipelines, actors and pools to finish what they accepted. */
    private Duration timeout = Duration.ofSeconds(30);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }

  /** {@code shuttle.context.*}: what work handed to other threads carries from its caller. */
  public static class Context {
    /** Whether work handed to other threads carries its caller's SLF4J MDC (needs shuttle-mdc). */
    private boolean mdc;

    public boolean isMdc() {
      return mdc;
    }

    public void setMdc(boolean mdc) {
      this.mdc = mdc;
    }
  }

  /** {@code shuttle.metrics.*}: Shuttle's meters in the application's Micrometer registry. */
  public static class Metrics {
    /** Whether Shuttle's objects are bound to the MeterRegistry, when there is one (needs shuttle-micrometer). */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
