package dev.shuttle.processor.actor;

import static dev.shuttle.processor.AnnotationMirrors.explicitValue;

import com.palantir.javapoet.ClassName;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.GeneratedNames;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/** Checks an {@code @Actor} class and turns it into an {@link ActorModel}. */
final class ActorValidator {
  /** Public names of the generated proxy, and what each is for (to explain a clash). */
  private static final Map<String, String> GENERATED_API = Map.of(
      "spawn", "start an actor",
      "stop", "stop the actor",
      "termination", "wait for the actor to stop",
      "mailboxSize", "report the mailbox depth",
      "stats", "report the actor's counters",
      "withSendTimeout", "bound how long a send waits for room");

  private final ProcessorContext context;
  private final ActorMessages messages;

  ActorValidator(ProcessorContext context) {
    this.context = context;
    this.messages = new ActorMessages(context);
  }

  /** The model, or {@code null} when the type cannot be an actor (the report says why). */
  ActorModel validate(TypeElement type, ValidationReport report) {
    Optional<AnnotationMirror> found = AnnotationMirrors.find(type, ActorStep.ACTOR);
    List<ExecutableElement> failureHandlers = failureHandlers(type);
    if (found.isEmpty()) {
      for (ExecutableElement handler : failureHandlers) {
        report.error(Messages.onFailureOutsideActor(TypeChecks.describe(handler), type.getSimpleName().toString()),
            handler, AnnotationMirrors.find(handler, ActorStep.ON_FAILURE).orElseThrow());
      }
      return null;
    }
    AnnotationMirror actor = found.get();
    ClassName generated = GeneratedNames.generatedName(type, "", "Actor");
    String name = type.getSimpleName().toString();

    if (type.getKind() != ElementKind.CLASS) {
      report.error(Messages.notAClass("@Actor", kindName(type.getKind()), name), type, actor);
      return null;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(Messages.mustNotBeAbstract("@Actor", name, "spawn(...) needs an instance to run the messages on"),
          type, actor);
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      report.error(Messages.mustNotBeInner("@Actor", name,
          "it shares its outer instance's state with other threads, which breaks the actor's isolation"),
          type, actor);
    }
    if (TypeChecks.isPrivateOrInPrivate(type)) {
      report.error(Messages.mustNotBePrivate("@Actor", name, generated.simpleName()), type, actor);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(Messages.genericNotSupported("@Actor", name), type, actor);
    }
    if (TypeChecks.isNameTaken(context, generated)) {
      report.error(Messages.generatedNameTaken("@Actor", name, generated.simpleName()), type, actor);
    }
    ActorModel.Settings settings = settings(actor, report, type);
    Optional<ExecutableElement> onFailure = validateFailureHandlers(type, failureHandlers, report);

    List<ExecutableElement> methods = messageMethods(type, onFailure);
    for (ExecutableElement method : methods) {
      String methodName = method.getSimpleName().toString();
      if (GENERATED_API.containsKey(methodName)) {
        String error = Messages.actorReservedName(methodName, name, generated.simpleName(), GENERATED_API.get(methodName));
        if (method.getEnclosingElement().equals(type)) {
          report.error(error, method);
        } else {
          report.error(error, type, actor); // inherited: the class is the closest thing the user can fix
        }
      }
    }
    if (methods.isEmpty()) {
      report.warning(Messages.actorNoMessages(name, generated.simpleName()), type, actor);
    }
    return new ActorModel(type, generated, settings, this.messages.of(methods), onFailure);
  }

  private ActorModel.Settings settings(AnnotationMirror actor, ValidationReport report, TypeElement type) {
    int mailbox = AnnotationMirrors.intValue(context.elements(), actor, "mailbox");
    int throughput = AnnotationMirrors.intValue(context.elements(), actor, "throughput");
    String overflow = AnnotationMirrors.enumValue(context.elements(), actor, "overflow");
    String onFailure = AnnotationMirrors.enumValue(context.elements(), actor, "onFailure");
    if (mailbox < 0) {
      report.error(Messages.actorMailboxNegative(mailbox), type, actor, explicitValue(actor, "mailbox"));
    }
    if (throughput < 0) {
      report.error(Messages.actorThroughputNegative(throughput), type, actor, explicitValue(actor, "throughput"));
    }
    if (mailbox == 0 && explicitValue(actor, "overflow") != null) {
      report.warning(Messages.actorOverflowUnbounded(), type, actor);
    }
    return new ActorModel.Settings(mailbox, overflow, onFailure, throughput);
  }

  private List<ExecutableElement> failureHandlers(TypeElement type) {
    List<ExecutableElement> handlers = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (AnnotationMirrors.isAnnotated(method, ActorStep.ON_FAILURE)) {
        handlers.add(method);
      }
    }
    return handlers;
  }

  private Optional<ExecutableElement> validateFailureHandlers(
      TypeElement type, List<ExecutableElement> handlers, ValidationReport report) {
    if (handlers.size() > 1) {
      List<String> names = handlers.stream().map(TypeChecks::describe).toList();
      for (ExecutableElement extra : handlers.subList(1, handlers.size())) {
        report.error(Messages.onFailureDuplicate(type.getSimpleName().toString(), names),
            extra, AnnotationMirrors.find(extra, ActorStep.ON_FAILURE).orElseThrow());
      }
    }
    for (ExecutableElement handler : handlers) {
      boolean takesThrowable = handler.getParameters().size() == 1
          && context.types().isSameType(handler.getParameters().get(0).asType(),
              context.elements().getTypeElement("java.lang.Throwable").asType());
      if (!takesThrowable
          || handler.getReturnType().getKind() != TypeKind.VOID
          || handler.getModifiers().contains(Modifier.PRIVATE)
          || handler.getModifiers().contains(Modifier.STATIC)
          || !handler.getTypeParameters().isEmpty()) {
        report.error(Messages.onFailureSignature(TypeChecks.describe(handler)),
            handler, AnnotationMirrors.find(handler, ActorStep.ON_FAILURE).orElseThrow());
      }
    }
    return handlers.stream().findFirst();
  }

  /**
   * Public instance methods, declared or inherited, that do not come from {@code Object} and are
   * not the failure handler: the declared ones first in source order, then each supertype's.
   */
  private List<ExecutableElement> messageMethods(TypeElement type, Optional<ExecutableElement> onFailure) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : TypeChecks.visibleMethods(context, type)) {
      if (method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC)
          && !TypeChecks.isFromObject(context, method, type)
          && !onFailure.map(method::equals).orElse(false)) {
        methods.add(method);
      }
    }
    return methods;
  }

  private static String kindName(ElementKind kind) {
    return switch (kind) {
      case INTERFACE -> "interface";
      case ENUM -> "enum";
      case ANNOTATION_TYPE -> "annotation type";
      case RECORD -> "record";
      default -> kind.toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
