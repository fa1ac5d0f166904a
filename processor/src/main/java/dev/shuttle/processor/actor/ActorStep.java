package dev.shuttle.processor.actor;

import dev.shuttle.processor.ProcessingStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.ValidationReport;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @Actor} on a class generates {@code FooActor}: a proxy plus its mailbox loop. */
public final class ActorStep implements ProcessingStep {
  static final String ACTOR = "dev.shuttle.Actor";
  static final String ON_FAILURE = "dev.shuttle.OnFailure";

  private final ProcessorContext context;
  private final ActorValidator validator;
  private final ActorGenerator generator;

  public ActorStep(ProcessorContext context) {
    this.context = context;
    this.validator = new ActorValidator(context);
    this.generator = new ActorGenerator(context);
  }

  @Override
  public Set<String> annotations() {
    return Set.of(ACTOR, ON_FAILURE);
  }

  @Override
  public void process(TypeElement type) {
    ValidationReport report = context.report();
    ActorModel model = validator.validate(type, report);
    report.printTo(context.messager());
    if (report.isClean() && model != null) {
      generator.generate(model);
    }
  }
}
