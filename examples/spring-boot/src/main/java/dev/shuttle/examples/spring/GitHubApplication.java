package dev.shuttle.examples.spring;

import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application with a rate-limited GitHub client. Shuttle's auto-configuration reads
 * the client's rate from application.yml, and shuts Shuttle down when the application stops.
 * Run, it makes eight calls at once and prints which the limit lets through.
 */
@SpringBootApplication
public class GitHubApplication {
  /** The woven client: its rate is the one application.yml gives. */
  @Bean
  GitHubClient gitHubClient() {
    return new ConcurrentGitHubClient(new GitHubApi());
  }

  public static void main(String[] args) {
    try (ConfigurableApplicationContext context = SpringApplication.run(GitHubApplication.class, args)) {
      GitHubClient client = context.getBean(GitHubClient.class);
      for (int call = 1; call <= 8; call++) {
        try {
          System.out.println("call " + call + ": " + client.repo("octocat/hello-world"));
        } catch (RateLimitExceededException refused) {
          System.out.println("call " + call + ": refused, retry after " + refused.retryAfter().toMillis() + " ms");
        }
      }
    }
  }
}
