package dev.shuttle.examples.spring;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;

/**
 * A client of GitHub's API. The annotation allows 10 calls a second; this deployment's quota is
 * lower, and application.yml says so, by the key
 * {@code dev.shuttle.examples.spring.GitHubClient/repo/RateLimited/value}. The processor weaves
 * it into {@code ConcurrentGitHubClient}, the bean the application uses.
 */
public class GitHubClient {
  private final GitHubApi api;

  public GitHubClient(GitHubApi api) {
    this.api = api;
  }

  /** Over the limit, a call is refused at once, with when to try again. */
  @RateLimited(value = 10, onLimit = OnLimit.FAIL)
  public String repo(String name) {
    return api.get("/repos/" + name);
  }
}
