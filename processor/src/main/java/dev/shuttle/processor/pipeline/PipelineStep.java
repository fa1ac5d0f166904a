package dev.shuttle.processor.pipeline;

import com.palantir.javapoet.ClassName;
import dev.shuttle.OnError;
import dev.shuttle.Pipeline;
import dev.shuttle.Stage;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.InstanceStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.ValidationReport;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** {@code @Pipeline} on a class generates {@code FooPipeline}: bounded queues, stage workers, backpressure. */
public final class PipelineStep extends InstanceStep<Pipeline, PipelineModel> {
  private final PipelineValidator validator;
  private final PipelineGenerator generator;

  public PipelineStep(ProcessorContext context) {
    super(context, Pipeline.class, List.of(Stage.class, OnError.class), "Pipeline");
    this.validator = new PipelineValidator(context);
    this.generator = new PipelineGenerator(context);
  }

  @Override
  protected PipelineModel validate(TypeElement type, AnnotationOn<Pipeline> pipeline, ClassName generated,
      ValidationReport report) {
    return validator.validate(type, pipeline, generated, report);
  }

  @Override
  protected void generate(PipelineModel model) {
    generator.generate(model);
  }
}
