package dev.shuttle.runtime.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A call was refused by a rate limit: no permit was free ({@code OnLimit.FAIL}), or the next one
 * was due later than the call was willing to wait. The call did not happen and took no permit.
 * {@link #retryAfter()} says when the next permit is due (as it stood when the call was refused);
 * for a call that costs several permits, when they all are.
 */
public class RateLimitExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final RateLimit limit;
  private final String description;
  private final int permits;
  private final long waitNanos;

  /**
   * @param description what was limited, for example {@code GitHubClient.repo}, or {@code null}
   * @param limit the limit that refused the call
   * @param waitNanos nanoseconds until the next permit is due
   */
  public RateLimitExceededException(String description, RateLimit limit, long waitNanos) {
    this(description, limit, 1, waitNanos);
  }

  /**
   * @param description what was limited, for example {@code GitHubClient.repo}, or {@code null}
   * @param limit the limit that refused the call
   * @param permits what the call cost, at least 1
   * @param waitNanos nanoseconds until that many permits are due
   */
  public RateLimitExceededException(String description, RateLimit limit, int permits, long waitNanos) {
    super(null, null, true, true);
    this.limit = Objects.requireNonNull(limit, "limit");
    this.description = description;
    this.permits = Math.max(1, permits);
    this.waitNanos = Math.max(0, waitNanos);
  }

  public RateLimitExceededException(RateLimit limit, long waitNanos) {
    this(null, limit, waitNanos);
  }

  /** What the refused call cost: 1, or the permits a multi-permit call asked for. */
  public int permits() {
    return permits;
  }

  /** Nanoseconds from the refusal until the next permit (or the call's permits) was due. */
  public long waitNanos() {
    return waitNanos;
  }

  /** {@link #waitNanos()} as a {@code Duration}, e.g. for a {@code Retry-After} header. */
  public Duration retryAfter() {
    return Duration.ofNanos(waitNanos);
  }

  /** The limit that refused the call. */
  public RateLimit limit() {
    return limit;
  }

  /** What was limited, for example {@code GitHubClient.repo}; {@code null} if not given. */
  public String description() {
    return description;
  }

  /**
   * For example {@code Rate limit 100 per 1 s (burst 100) exceeded for GitHubClient.repo: next
   * permit in 12.3 ms}, or {@code next 5 permits in} for a call that costs 5. Built on demand, so
   * refusing a call costs no string formatting.
   */
  @Override
  public String getMessage() {
    return "Rate limit " + limit + " exceeded" + (description == null ? "" : " for " + description)
        + (permits == 1 ? ": next permit in " : ": next " + permits + " permits in ") + formatNanos(waitNanos);
  }

  static String formatNanos(long nanos) {
    if (nanos < 1_000) {
      return nanos + " ns";
    }
    double value;
    String unit;
    if (nanos < 1_000_000) {
      value = nanos / 1e3;
      unit = "µs";
    } else if (nanos < 1_000_000_000) {
      value = nanos / 1e6;
      unit = "ms";
    } else {
      value = nanos / 1e9;
      unit = "s";
    }
    return String.format(Locale.ROOT, value < 100 ? "%.1f %s" : "%.0f %s", value, unit);
  }
}
