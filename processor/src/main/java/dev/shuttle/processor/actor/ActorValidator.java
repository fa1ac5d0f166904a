package dev.shuttle.processor.actor;

import static dev.shuttle.processor.RuntimeNames.ACTOR_CELL;
import static dev.shuttle.processor.RuntimeNames.ACTOR_MESSAGE;
import static dev.shuttle.processor.RuntimeNames.ASK_MESSAGE;

import com.palantir.javapoet.ClassName;
import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.OnFailure;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.FileNameLimit;
import dev.shuttle.processor.Identifiers;
import dev.shuttle.processor.Problem;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.SignatureAccess;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/** Checks an {@code @Actor} class and turns it into an {@link ActorModel}. */
final class ActorValidator {
  /** Public names of the generated proxy, and what each is for (to explain a clash). */
  private static final Map<String, String> GENERATED_API = Map.of(
      "spawn", "start an actor",
      "self", "reach the actor from its own methods",
      "stop", "stop the actor",
      "termination", "wait for the actor to stop",
      "mailboxSize", "report the mailbox depth",
      "stats", "report the actor's counters",
      "withSendTimeout", "bound how long a send waits for room",
      "withAskTimeout", "bound how long an ask waits for its reply");

  private final ProcessorContext context;
  private final ActorMessages messages;

  ActorValidator(ProcessorContext context) {
    this.context = context;
    this.messages = new ActorMessages(context);
  }

  /** The model; when the report has errors, it is only good for more checks. */
  ActorModel validate(TypeElement type, AnnotationOn<Actor> actor, ClassName generated, ValidationReport report) {
    String name = type.getSimpleName().toString();
    ActorModel.Settings settings = settings(actor, report);
    Optional<ExecutableElement> onFailure = failureHandler(type, report);

    List<ExecutableElement> methods = messageMethods(type, onFailure);
    ActorWeaving.check(type, methods, onFailure, context.marks(), report);
    for (ExecutableElement method : methods) {
      // an inherited method: the class is the closest thing the user can fix
      Consumer<Problem> onMethod = method.getEnclosingElement().equals(type)
          ? problem -> report.add(problem, method)
          : problem -> report.add(problem, actor);
      SignatureAccess.check(context, type, method, generated, false, onMethod);
      String methodName = method.getSimpleName().toString();
      if (GENERATED_API.containsKey(methodName)) {
        onMethod.accept(Problems.actorReservedName(methodName, name, generated.simpleName(),
            GENERATED_API.get(methodName)));
      }
    }
    if (methods.isEmpty()) {
      report.add(Problems.actorNoMessages(name, generated.simpleName()), actor);
    }
    Identifiers names = Identifiers.inScopeOf(type, context, ACTOR_CELL, ACTOR_MESSAGE, ASK_MESSAGE);
    ActorModel.Members members = ActorModel.Members.allocate(names);
    List<ActorModel.Message> messages = this.messages.of(type, methods, names);
    checkFileNames(type, actor, generated, messages, report);
    return new ActorModel(type, generated, settings, members, messages, onFailure);
  }

  /**
   * The loop's file name, then each message's: a message class's name is longer than {@code Loop},
   * so when the loop's does not fit, shortening the class is the one fix to report.
   */
  private static void checkFileNames(TypeElement type, AnnotationOn<Actor> actor, ClassName generated,
      List<ActorModel.Message> messages, ValidationReport report) {
    Optional<Problem> loop = FileNameLimit.forClass(Actor.class, type, generated.nestedClass(ActorModel.LOOP_CLASS));
    loop.ifPresent(problem -> report.add(problem, actor));
    if (loop.isPresent()) {
      return;
    }
    for (ActorModel.Message message : messages) {
      ExecutableElement method = message.method();
      Optional<Problem> tooLong = FileNameLimit.forMethod(type, method, generated.nestedClass(message.className()));
      if (method.getEnclosingElement().equals(type)) {
        tooLong.ifPresent(problem -> report.add(problem, method));
      } else {
        tooLong.ifPresent(problem -> report.add(problem, actor)); // inherited: the class is what the user can fix
      }
    }
  }

  private static ActorModel.Settings settings(AnnotationOn<Actor> actor, ValidationReport report) {
    Actor values = actor.values();
    if (values.mailbox() < 0) {
      report.add(Problems.actorMailboxNegative(values.mailbox()), actor, Actor::mailbox);
    } else if (values.mailbox() > Actor.MAX_MAILBOX) {
      report.add(Problems.actorMailboxTooLarge(values.mailbox()), actor, Actor::mailbox);
    }
    if (values.throughput() < 0) {
      report.add(Problems.actorThroughputNegative(values.throughput()), actor, Actor::throughput);
    }
    if (values.mailbox() == 0 && actor.isWritten(Actor::overflow)) {
      report.add(Problems.actorOverflowUnbounded(), actor);
    }
    checkRestarts(actor, report);
    return new ActorModel.Settings(values.mailbox(), values.overflow(), values.onFailure(), values.throughput(),
        values.maxRestarts(), values.restartWithinSeconds(), values.restartBackoffMillis());
  }

  /** The restart settings: each within what the runtime's {@code ActorSettings.restarts} accepts, and only with RESTART. */
  private static void checkRestarts(AnnotationOn<Actor> actor, ValidationReport report) {
    Actor values = actor.values();
    Map<String, Function<Actor, Integer>> settings = new LinkedHashMap<>();
    settings.put("maxRestarts", Actor::maxRestarts);
    settings.put("restartWithinSeconds", Actor::restartWithinSeconds);
    settings.put("restartBackoffMillis", Actor::restartBackoffMillis);
    settings.forEach((name, setting) -> {
      if (values.onFailure() != FailurePolicy.RESTART && actor.isWritten(setting)) {
        report.add(Problems.actorRestartSettingWithoutRestart(name, values.onFailure()), actor, setting);
      }
    });
    if (values.maxRestarts() < 1) {
      report.add(Problems.actorRestartSetting("maxRestarts", values.maxRestarts(), "at least 1 restart"),
          actor, Actor::maxRestarts);
    }
    if (values.restartWithinSeconds() < 1) {
      report.add(Problems.actorRestartSetting("restartWithinSeconds", values.restartWithinSeconds(),
          "the window must be at least 1 second"), actor, Actor::restartWithinSeconds);
    }
    if (values.restartBackoffMillis() < 0) {
      report.add(Problems.actorRestartSetting("restartBackoffMillis", values.restartBackoffMillis(),
          "the back-off must be 0 (none) or positive"), actor, Actor::restartBackoffMillis);
    }
  }

  /** The {@code @OnFailure} method, if any; every other one, and every one with the wrong signature, is an error. */
  private Optional<ExecutableElement> failureHandler(TypeElement type, ValidationReport report) {
    List<ExecutableElement> handlers = context.marks().declaredMethodsMarked(type, OnFailure.class);
    List<String> names = handlers.stream().map(TypeChecks::describe).toList();
    for (ExecutableElement extra : handlers.subList(Math.min(1, handlers.size()), handlers.size())) {
      report.add(Problems.onFailureDuplicate(type.getSimpleName().toString(), names),
          context.marks().get(extra, OnFailure.class));
    }
    for (ExecutableElement handler : handlers) {
      if (!handler.getTypeParameters().isEmpty()) {
        report.add(Problems.mustNotDeclareTypeParameters("@OnFailure method", TypeChecks.describe(handler),
            TypeChecks.typeParameters(handler)), context.marks().get(handler, OnFailure.class));
      } else if (!TypeChecks.hasParameterTypes(context, handler, Throwable.class)
          || handler.getReturnType().getKind() != TypeKind.VOID
          || handler.getModifiers().contains(Modifier.PRIVATE)
          || handler.getModifiers().contains(Modifier.STATIC)) {
        report.add(Problems.onFailureSignature(TypeChecks.describe(handler)), context.marks().get(handler, OnFailure.class));
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
}
