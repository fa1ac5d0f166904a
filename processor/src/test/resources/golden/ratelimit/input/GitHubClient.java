package golden;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

public class GitHubClient {
  private final String token;

  public GitHubClient(String token) { this.token = token; }

  protected GitHubClient(String token, int retries) throws java.io.IOException { this(token); }

  @RateLimited(100)
  public String repo(String name) { return token + "/" + name; }

  @RateLimited(value = 5000, period = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
  public List<String> issues(String repo) { return List.of(repo + "#1"); }

  @RateLimited(value = 10, name = "search")
  public CompletableFuture<String> search(@RateLimited.Key String user, String q) {
    return CompletableFuture.completedFuture(user + ":" + q);
  }

  @RateLimited(value = 2, maxWait = 250)
  public void star(String repo) throws InterruptedException {}

  public String unlimited() { return "free"; }
}
