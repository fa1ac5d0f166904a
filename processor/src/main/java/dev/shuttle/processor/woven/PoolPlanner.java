package dev.shuttle.processor.woven;

import dev.shuttle.processor.ValidationReport;
import javax.lang.model.element.TypeElement;

/**
 * Gives the {@code @Async} and {@code @Race} guards the same {@link ClassPools} for the type being
 * woven, so that its {@code @Pool}s are validated (and reported) once and its pool fields added
 * once, whichever guard asks first.
 */
final class PoolPlanner {
  private TypeElement type;
  private ValidationReport report;
  private ClassPools pools;

  /** The pools of {@code type}, read on the first call for this type and report. */
  ClassPools pools(WovenType woven, ValidationReport forReport) {
    if (woven.element() != type || forReport != report) {
      type = woven.element();
      report = forReport;
      pools = ClassPools.read(woven, forReport);
    }
    return pools;
  }
}
