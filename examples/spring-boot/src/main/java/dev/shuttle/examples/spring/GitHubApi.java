package dev.shuttle.examples.spring;

/** GitHub's REST API, faked: it answers every path at once, so the example needs no network. */
public class GitHubApi {
  /** The body of a GET of {@code path}. */
  public String get(String path) {
    return "{\"path\":\"" + path + "\"}";
  }
}
