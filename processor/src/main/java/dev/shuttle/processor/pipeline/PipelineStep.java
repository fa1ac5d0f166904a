package dev.shuttle.processor.pipeline;

import dev.shuttle.processor.ProcessingStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.ValidationReport;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @Pipeline} on a class generates {@code FooPipeline}: bounded queues, stage workers, backpressure. */
public final class PipelineStep implements ProcessingStep {
  static final String PIPELINE = "dev.shuttle.Pipeline";
  static final String STAGE = "dev.shuttle.Stage";
  static final String ON_ERROR = "dev.shuttle.OnError";

  private final ProcessorContext context;
  private final PipelineValidator validator;
  private final PipelineGenerator generator;

  public PipelineStep(ProcessorContext context) {
    this.context = context;
    this.validator = new PipelineValidator(context);
    this.generator = new PipelineGenerator(context);
  }

  @Override
  public Set<String> annotations() {
    return Set.of(PIPELINE, STAGE, ON_ERROR);
  }

  @Override
  public void process(TypeElement type) {
    ValidationReport report = context.report();
    PipelineModel model = validator.validate(type, report);
    report.printTo(context.messager());
    if (report.isClean() && model != null) {
      generator.generate(model);
    }
  }
}
