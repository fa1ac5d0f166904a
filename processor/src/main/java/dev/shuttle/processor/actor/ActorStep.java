package dev.shuttle.processor.actor;

import com.palantir.javapoet.ClassName;
import dev.shuttle.Actor;
import dev.shuttle.OnFailure;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.InstanceStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.ValidationReport;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** {@code @Actor} on a class generates {@code FooActor}: a proxy plus its mailbox loop. */
public final class ActorStep extends InstanceStep<Actor, ActorModel> {
  private final ActorValidator validator;
  private final ActorGenerator generator;

  public ActorStep(ProcessorContext context) {
    super(context, Actor.class, List.of(OnFailure.class), "Actor");
    this.validator = new ActorValidator(context);
    this.generator = new ActorGenerator(context);
  }

  @Override
  protected ActorModel validate(TypeElement type, AnnotationOn<Actor> actor, ClassName generated,
      ValidationReport report) {
    return validator.validate(type, actor, generated, report);
  }

  @Override
  protected void generate(ActorModel model) {
    generator.generate(model);
  }
}
