package dev.shuttle.test.usage;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A user's rate-limited client, as in the README: the processor weaves it into ConcurrentGitHubClient. */
public class GitHubClient {
  final List<String> fetched = new ArrayList<>();

  /** 100 calls a second, burst 100; over the limit a call is refused. */
  @RateLimited(value = 100, onLimit = OnLimit.FAIL)
  public synchronized String repo(String name) {
    fetched.add(name);
    return "repo " + name;
  }

  /** 100 calls a second; over the limit a call waits for its permit, as long as it takes. */
  @RateLimited(100)
  public synchronized String issues(String repo) {
    fetched.add(repo);
    return "issues of " + repo;
  }

  /** One call a second, waiting at most 500 ms for a permit. */
  @RateLimited(value = 1, maxWait = 500, maxWaitUnit = TimeUnit.MILLISECONDS)
  public synchronized String search(String query) {
    fetched.add(query);
    return "results for " + query;
  }

  /** A bucket shared by name: every instance, in every class that names it. */
  @RateLimited(value = 2, unit = TimeUnit.MINUTES, onLimit = OnLimit.FAIL, name = "github-graphql")
  public synchronized String graphql(String query) {
    fetched.add(query);
    return "graph of " + query;
  }
}
