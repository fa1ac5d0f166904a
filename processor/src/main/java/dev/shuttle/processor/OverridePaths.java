package dev.shuttle.processor;

import java.lang.annotation.Annotation;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The paths of deploy-time override keys, as the runtime's {@code Overrides} documents them:
 * {@code com.example.GitHubClient/repo/RateLimited} for an annotation on a method,
 * {@code com.example.Account/Actor} for one on a class; a key adds {@code /attribute}.
 */
public final class OverridePaths {
  private OverridePaths() {}

  public static String onClass(TypeElement type, Class<? extends Annotation> annotation) {
    return type.getQualifiedName() + "/" + annotation.getSimpleName();
  }

  public static String onMethod(TypeElement type, ExecutableElement method, Class<? extends Annotation> annotation) {
    return type.getQualifiedName() + "/" + method.getSimpleName() + "/" + annotation.getSimpleName();
  }
}
