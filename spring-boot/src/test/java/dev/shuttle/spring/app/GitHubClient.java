package dev.shuttle.spring.app;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;

/** A user's rate-limited client, woven by the processor into ConcurrentGitHubClient: over a limit, calls are refused. */
public class GitHubClient {
  /** The override keys of its two limits, shaped as Overrides reads them. */
  public static final String REPO = "dev.shuttle.spring.app.GitHubClient/repo/RateLimited";
  public static final String SEARCH = "dev.shuttle.spring.app.GitHubClient/search/RateLimited";

  @RateLimited(value = 2, onLimit = OnLimit.FAIL)
  public String repo(String name) {
    return "repo " + name;
  }

  @RateLimited(value = 2, onLimit = OnLimit.FAIL)
  public String search(String query) {
    return "results for " + query;
  }
}
