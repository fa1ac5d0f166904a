package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import java.lang.annotation.Annotation;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Whether the files javac writes for a generated class have names a file system can hold
 * ({@link GeneratedNames#MAX_FILE_NAME_BYTES}). A nested class is checked only when the class it is
 * nested in fits: when that one does not, it is the one to shorten, and it is reported on its own.
 */
public final class FileNameLimit {
  private FileNameLimit() {}

  /**
   * The problem with {@code generated}, a class generated for {@code type} as a whole (top level,
   * or a nested one every such class has, like an actor's {@code Loop}), if its file name is too long.
   */
  public static Optional<Problem> forClass(
      Class<? extends Annotation> pattern, TypeElement type, ClassName generated) {
    return tooLong(generated).map(file -> Problems.classFileNameTooLong(
        pattern, type.getSimpleName().toString(), GeneratedNames.flatName(type), file));
  }

  /**
   * The problem with {@code generated}, a nested class generated for {@code method} of {@code type}
   * (a message, a stage, a fork/join task), if its file name is too long.
   */
  public static Optional<Problem> forMethod(TypeElement type, ExecutableElement method, ClassName generated) {
    return tooLong(generated).map(file -> Problems.methodFileNameTooLong(TypeChecks.describe(method),
        method.getSimpleName().toString(), GeneratedNames.flatName(type), file));
  }

  private static Optional<String> tooLong(ClassName name) {
    ClassName outer = name.enclosingClassName();
    if (outer != null && isTooLong(outer)) {
      return Optional.empty();
    }
    return isTooLong(name) ? Optional.of(GeneratedNames.classFileName(name)) : Optional.empty();
  }

  private static boolean isTooLong(ClassName name) {
    return GeneratedNames.fileNameBytes(GeneratedNames.classFileName(name)) > GeneratedNames.MAX_FILE_NAME_BYTES;
  }
}
