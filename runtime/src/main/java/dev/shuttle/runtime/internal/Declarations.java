package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.InternalApi;

/**
 * The user's class and method in a declaration path, the shape of an override key less its
 * attribute: {@code com.example.GitHubClient/repo/RateLimited} for an annotation on a method,
 * {@code com.example.Account/Actor} for one on a class; a bare class name is a path too.
 */
@InternalApi
public final class Declarations {
  private Declarations() {}

  /** {@code com.example.GitHubClient}; null for a null path. */
  public static String className(String path) {
    if (path == null) {
      return null;
    }
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }

  /** {@code repo}, for a path with a method; otherwise null. */
  public static String methodName(String path) {
    if (path == null) {
      return null;
    }
    String[] segments = path.split("/");
    return segments.length == 3 ? segments[1] : null;
  }

  /** How messages name the declaration: {@code GitHubClient.repo}, or {@code GitHubClient} for a class. */
  public static String description(String path) {
    String className = className(path);
    String simpleName = className.substring(className.lastIndexOf('.') + 1);
    String method = methodName(path);
    return method == null ? simpleName : simpleName + "." + method;
  }
}
