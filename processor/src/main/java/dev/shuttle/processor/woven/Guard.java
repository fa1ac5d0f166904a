package dev.shuttle.processor.woven;

import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * One pattern's contribution to the woven subclass {@code ConcurrentFoo}: it validates its own
 * annotations, then wraps the overrides of the methods it guards. Guards are applied in
 * {@link GuardOrder}; each pattern adds one implementation, the woven generator stays the same.
 */
interface Guard {

  /** The annotation that names the pattern in messages and Javadoc, e.g. {@code RateLimited.class}. */
  Class<? extends Annotation> pattern();

  /** Where this guard sits in every override it takes part in. */
  GuardOrder order();

  /** The annotations that make a type need this guard. */
  Set<Class<? extends Annotation>> annotations();

  /**
   * Validates this guard's annotations in {@code type} (every problem goes to {@code report})
   * and decides which methods it guards and how.
   */
  GuardPlan plan(WovenType type, ValidationReport report);

  /** Whether {@code type} carries any of this guard's annotations. */
  boolean appliesTo(TypeElement type);
}
