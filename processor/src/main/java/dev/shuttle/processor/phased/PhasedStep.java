package dev.shuttle.processor.phased;

import com.palantir.javapoet.ClassName;
import dev.shuttle.AfterPhase;
import dev.shuttle.Phase;
import dev.shuttle.Phased;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.InstanceStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.ValidationReport;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** {@code @Phased} on a class generates {@code FooPhases}: parties that run its phases with a barrier between them. */
public final class PhasedStep extends InstanceStep<Phased, PhasedModel> {
  private final PhasedValidator validator;
  private final PhasedGenerator generator;

  public PhasedStep(ProcessorContext context) {
    super(context, Phased.class, List.of(Phase.class, AfterPhase.class), "Phases");
    this.validator = new PhasedValidator(context);
    this.generator = new PhasedGenerator(context);
  }

  @Override
  protected PhasedModel validate(TypeElement type, AnnotationOn<Phased> phased, ClassName generated,
      ValidationReport report) {
    return validator.validate(type, phased, generated, report);
  }

  @Override
  protected void generate(PhasedModel model) {
    generator.generate(model);
  }
}
