package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * One kind of generated file: the annotations that call for it, and how to validate a user type
 * and generate its file. Each step sees every user type that carries one of its annotations on
 * the type itself or on a member, once per round (Dagger's and auto-common's shape).
 */
public interface ProcessingStep {

  /** The annotations that make a type this step's business. */
  Set<Class<? extends Annotation>> annotations();

  /**
   * The type this step generates for {@code type}, if its annotations call for one, before any
   * validation: the names the round's other types may mention.
   */
  Optional<ClassName> generatedType(TypeElement type);

  /**
   * Validates {@code type} and, only if that reported no error, generates its file. Reports
   * every problem it finds through a {@link ValidationReport}, never by throwing.
   */
  void process(TypeElement type);
}
