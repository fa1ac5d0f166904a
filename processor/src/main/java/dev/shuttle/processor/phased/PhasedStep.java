package dev.shuttle.processor.phased;

import dev.shuttle.processor.ProcessingStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.ValidationReport;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @Phased} on a class generates {@code FooPhases}: parties that run its phases with a barrier between them. */
public final class PhasedStep implements ProcessingStep {
  static final String PHASED = "dev.shuttle.Phased";
  static final String PHASE = "dev.shuttle.Phase";
  static final String AFTER_PHASE = "dev.shuttle.AfterPhase";

  private final ProcessorContext context;
  private final PhasedValidator validator;
  private final PhasedGenerator generator;

  public PhasedStep(ProcessorContext context) {
    this.context = context;
    this.validator = new PhasedValidator(context);
    this.generator = new PhasedGenerator(context);
  }

  @Override
  public Set<String> annotations() {
    return Set.of(PHASED, PHASE, AFTER_PHASE);
  }

  @Override
  public void process(TypeElement type) {
    ValidationReport report = context.report();
    PhasedModel model = validator.validate(type, report);
    report.printTo(context.messager());
    if (report.isClean() && model != null) {
      generator.generate(model);
    }
  }
}
