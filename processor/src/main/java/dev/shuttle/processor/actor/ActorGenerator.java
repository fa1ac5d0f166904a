package dev.shuttle.processor.actor;

import static dev.shuttle.processor.RuntimeNames.ACTORS;
import static dev.shuttle.processor.RuntimeNames.ACTOR_CELL;
import static dev.shuttle.processor.RuntimeNames.ACTOR_MESSAGE;
import static dev.shuttle.processor.RuntimeNames.ACTOR_SETTINGS;
import static dev.shuttle.processor.RuntimeNames.ACTOR_STATS;
import static dev.shuttle.processor.RuntimeNames.ASK_MESSAGE;
import static dev.shuttle.processor.GeneratedNames.TARGET;
import static dev.shuttle.processor.Literals.grouped;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.shuttle.processor.ActorPermit;
import dev.shuttle.processor.CarriedAnnotations;
import dev.shuttle.processor.InstanceStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.SourceWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * Writes {@code FooActor}: a proxy whose methods turn calls into messages, one small final
 * message class per method, and {@code Loop}, the {@code ActorCell} whose {@code switch} calls
 * the user's methods one message at a time.
 */
final class ActorGenerator {
  /** The parameter and field of a {@code RESTART} actor's behaviour factory. */
  private static final String FACTORY = "factory";
  private static final ClassName OVERFLOW = ClassName.get(Overflow.class);
  private static final ClassName FAILURE_POLICY = ClassName.get(FailurePolicy.class);
  private static final ClassName COMPLETABLE_FUTURE = ClassName.get(CompletableFuture.class);
  private static final TypeName FUTURE_OF_VOID = ParameterizedTypeName.get(COMPLETABLE_FUTURE, ClassName.get(Void.class));

  private final ProcessorContext context;

  ActorGenerator(ProcessorContext context) {
    this.context = context;
  }

  void generate(ActorModel model) {
    ClassName behaviour = InstanceStep.behaviourOf(model.type(), context);
    Map<ExecutableElement, ActorPermit> permits = context.permitsOf(behaviour);
    ClassName loop = model.generatedName().nestedClass(ActorModel.LOOP_CLASS);
    TypeSpec.Builder actor = SourceWriter.newClass(model.generatedName(), "@Actor", model.type())
        .addJavadoc(classDoc(model))
        .addModifiers(Modifier.FINAL)
        .addField(settingsConstant(model, !permits.isEmpty()))
        .addFields(kindConstants(model))
        .addField(loop, model.members().loop(), Modifier.PRIVATE, Modifier.FINAL);
    if (model.type().getModifiers().contains(Modifier.PUBLIC)) {
      actor.addModifiers(Modifier.PUBLIC);
    }
    boolean timed = model.settings().hasSendTimeout();
    if (model.hasAsks() && !timed) {
      actor.addField(noSendTimeout(model));
    }
    for (String field : model.viewFields()) {
      actor.addField(long.class, field, Modifier.PRIVATE, Modifier.FINAL);
    }
    actor.addMethod(spawningConstructor(model, behaviour, loop));
    if (!model.viewFields().isEmpty()) {
      actor.addMethod(viewConstructor(model, loop));
    }
    actor.addMethod(spawn(model, behaviour))
        .addMethod(spawnOn(model, behaviour))
        .addMethod(self(model, loop));
    for (ActorModel.Message message : model.messages()) {
      actor.addMethod(proxyMethod(model, message, timed, permits.containsKey(message.method())));
    }
    if (timed) {
      actor.addMethod(withSendTimeout(model));
    }
    if (model.hasAsks()) {
      actor.addMethod(withAskTimeout(model));
    }
    actor.addMethods(lifecycleMethods(model.members().loop()))
        .addType(loopClass(model, behaviour, loop, permits));
    for (ActorModel.Message message : model.messages()) {
      actor.addType(messageClass(message));
    }
    context.sourceWriter().write(model.generatedName(), actor, model.type());
  }

  private static CodeBlock classDoc(ActorModel model) {
    return CodeBlock.builder()
        .add("\n<p>Each method queues a message for the wrapped {@code $L} and returns at once: a {@code void}\n",
            model.type().getSimpleName())
        .add("method is a tell; any other returns a {@code CompletableFuture} of its result. The messages run\n")
        .add("one at a time, in the order each sender sent them, on the executor given to {@code spawn}.\n")
        .add("{@link #stop()} handles every message accepted before it; later sends are refused with\n")
        .add("{@code ActorStoppedException}.\n")
        .build();
  }

  /**
   * {@code ActorSettings.of("golden.Inbox").mailbox(128, Overflow.BLOCK)}: only what departs from the defaults.
   *
   * @param rateLimited whether some messages wait for a rate-limit permit
   */
  private static FieldSpec settingsConstant(ActorModel model, boolean rateLimited) {
    ActorModel.Settings s = model.settings();
    CodeBlock.Builder settings = CodeBlock.builder()
        .add("$T.of($S)", ACTOR_SETTINGS, model.type().getQualifiedName().toString());
    if (s.boundedMailbox()) {
      settings.add("\n.mailbox($L, $T.$L)", grouped(s.mailbox()), OVERFLOW, s.overflow());
    }
    if (s.onFailure() != FailurePolicy.RESUME) {
      settings.add("\n.onFailure($T.$L)", FAILURE_POLICY, s.onFailure());
    }
    if (s.hasThroughput()) {
      settings.add("\n.throughput($L)", grouped(s.throughput()));
    }
    if (s.restarts() && s.hasRestartSettings()) {
      settings.add("\n.restarts($L, $L, $L)", grouped(s.maxRestarts()), grouped(s.restartWithinSeconds()),
          grouped(s.restartBackoffMillis()));
    }
    if (rateLimited) {
      settings.add("\n.rateLimitedMessages()");
    }
    return FieldSpec.builder(ACTOR_SETTINGS, model.members().settings(),
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(CodeBlock.builder().add("$>$>").add(settings.build()).add("$<$<").build())
        .build();
  }

  /**
   * {@code NO_SEND_TIMEOUT = ActorCell.NO_TIMEOUT}, for the asks of an actor without a send timeout:
   * a proxy method cannot write {@code ActorCell.NO_TIMEOUT} itself, since the user's parameters are
   * in scope there and one named {@code dev} would obscure the package of a qualified name.
   */
  private static FieldSpec noSendTimeout(ActorModel model) {
    return FieldSpec.builder(long.class, model.members().noSendTimeout(), Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.NO_TIMEOUT", ACTOR_CELL)
        .build();
  }

  private static Iterable<FieldSpec> kindConstants(ActorModel model) {
    List<FieldSpec> constants = new ArrayList<>();
    int kind = 0;
    for (ActorModel.Message message : model.messages()) {
      constants.add(FieldSpec.builder(int.class, message.kindConstant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$L", kind++)
          .build());
    }
    return constants;
  }

  /** The actor {@code spawn} makes: its loop knows it, for {@code self()}; no timeouts. */
  private static MethodSpec spawningConstructor(ActorModel model, ClassName user, ClassName loop) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(spawnedFrom(model, user), spawnArgument(model))
        .addParameter(Executor.class, "executor")
        .addStatement("this.$N = new $T($N, executor, this)", model.members().loop(), loop, spawnArgument(model));
    for (String field : model.viewFields()) {
      constructor.addStatement("this.$N = $T.NO_TIMEOUT", field, ACTOR_CELL);
    }
    return constructor.build();
  }

  /** A view ({@code withSendTimeout}, {@code withAskTimeout}): the same loop, other timeouts. */
  private static MethodSpec viewConstructor(ActorModel model, ClassName loop) {
    String loopField = model.members().loop();
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(loop, loopField)
        .addStatement("this.$N = $N", loopField, loopField);
    for (String field : model.viewFields()) {
      constructor.addParameter(long.class, field).addStatement("this.$N = $N", field, field);
    }
    return constructor.build();
  }

  /** {@code new FooActor(loop, sendTimeoutNanos, timeout.toNanos())}: this view with {@code field} from {@code timeout}. */
  private static CodeBlock viewWith(ActorModel model, String field) {
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(CodeBlock.of("$N", model.members().loop()));
    for (String viewField : model.viewFields()) {
      arguments.add(viewField.equals(field) ? CodeBlock.of("timeout.toNanos()") : CodeBlock.of("$N", viewField));
    }
    return CodeBlock.of("new $T($L)", model.generatedName(), CodeBlock.join(arguments, ", "));
  }

  /**
   * What {@code spawn} takes: the behaviour itself, or, for a {@code RESTART} actor, the factory of
   * fresh ones ({@code Supplier<? extends Foo>}), so that a restarting actor without one does not
   * compile.
   */
  private static TypeName spawnedFrom(ActorModel model, ClassName behaviour) {
    return model.settings().restarts()
        ? ParameterizedTypeName.get(ClassName.get(Supplier.class), WildcardTypeName.subtypeOf(behaviour))
        : behaviour;
  }

  private static String spawnArgument(ActorModel model) {
    return model.settings().restarts() ? FACTORY : TARGET;
  }

  /** {@code target} or {@code factory}, for the {@code spawn} Javadoc. */
  private static String spawnedFromDoc(ActorModel model) {
    return model.settings().restarts()
        ? "a behaviour from {@code factory}, which makes a fresh one at each restart,"
        : "{@code target}";
  }

  private static MethodSpec spawn(ActorModel model, ClassName behaviour) {
    return MethodSpec.methodBuilder("spawn")
        .addJavadoc("Starts an actor around $L on the shared actor pool ({@code shuttle-actor-N} threads).\n",
            spawnedFromDoc(model))
        .addJavadoc(InstanceStep.wovenNote(model.type(), behaviour))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.generatedName())
        .addParameter(spawnedFrom(model, behaviour), spawnArgument(model))
        .addStatement("return spawn($N, $T.defaultExecutor())", spawnArgument(model), ACTORS)
        .build();
  }

  private static MethodSpec spawnOn(ActorModel model, ClassName behaviour) {
    String argument = spawnArgument(model);
    return MethodSpec.methodBuilder("spawn")
        .addJavadoc("Starts an actor around $L that runs its messages on {@code executor}\n", spawnedFromDoc(model))
        .addJavadoc("(any executor: a pool, or virtual threads). Hand the behaviour over: only the actor may touch it.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.generatedName())
        .addParameter(spawnedFrom(model, behaviour), argument)
        .addParameter(Executor.class, "executor")
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, argument, argument)
        .addStatement("return new $T($N, executor)", model.generatedName(), argument)
        .build();
  }

  private static MethodSpec self(ActorModel model, ClassName loop) {
    return MethodSpec.methodBuilder("self")
        .addJavadoc("The actor whose message is running on this thread: call it from a method of {@code $L} to\n",
            model.type().getSimpleName())
        .addJavadoc("send the actor its own messages, hand it to other actors, or stop it.\n")
        .addJavadoc("@throws IllegalStateException if no $T is handling a message on this thread\n",
            model.generatedName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.generatedName())
        .addStatement("return $T.current($T.class).actor", ACTOR_CELL, loop)
        .build();
  }

  /** @param rateLimited whether the message waits for a rate-limit permit in the actor */
  private MethodSpec proxyMethod(ActorModel model, ActorModel.Message message, boolean timed, boolean rateLimited) {
    MethodSpec.Builder proxy = MethodSpec.methodBuilder(message.method().getSimpleName().toString())
        .addModifiers(Modifier.PUBLIC)
        .varargs(message.method().isVarArgs());
    CarriedAnnotations.copyTo(proxy, message.method());
    for (TypeVariable typeVariable : message.signature().getTypeVariables()) {
      proxy.addTypeVariable(declaration(typeVariable, message.method()));
    }
    List<? extends VariableElement> parameters = message.method().getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      proxy.addParameter(ParameterSpec.builder(
          context.typeNames().get(message.signature().getParameterTypes().get(i), message.method()),
          parameters.get(i).getSimpleName().toString()).build());
    }
    String arguments = String.join(", ", message.fields().stream().map(ActorModel.Field::name).toList());
    String timeout = timed ? ", " + model.members().sendTimeout() : "";
    CodeBlock askTimeouts = CodeBlock.of(", $N, $N",
        timed ? model.members().sendTimeout() : model.members().noSendTimeout(), model.members().askTimeout());
    String loop = model.members().loop();
    ClassName messageClass = model.generatedName().nestedClass(message.className());
    CodeBlock limited = rateLimited
        ? CodeBlock.of("Over its rate limit the message waits in the actor for its permit, without a thread, and the\n"
            + "messages behind it wait too.\n")
        : CodeBlock.of("");
    if (message.reply() == ActorModel.Reply.NONE) {
      return proxy
          .addJavadoc("Tell: queues a call of {@link $T#$L} and returns at once.\n", ClassName.get(model.type()),
              message.method().getSimpleName())
          .addJavadoc("A failure goes to the actor's failure handler, not to the caller.\n")
          .addJavadoc(limited)
          .addStatement("$N.tell(new $T($L)$L)", loop, messageClass, arguments, timeout)
          .build();
    }
    TypeName declaredReply = declaredReplyType(message);
    proxy.returns(ParameterizedTypeName.get(COMPLETABLE_FUTURE, declaredReply))
        .addJavadoc("Ask: queues a call of {@link $T#$L}; the future completes with its result or exception.\n",
            ClassName.get(model.type()), message.method().getSimpleName())
        .addJavadoc(limited);
    if (message.erased() && !declaredReply.equals(message.replyType())) {
      return proxy
          .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
          .addStatement("return ($T) ($T<?>) $N.ask(new $T($L)$L)",
              ParameterizedTypeName.get(COMPLETABLE_FUTURE, declaredReply), COMPLETABLE_FUTURE, loop, messageClass,
              arguments, askTimeouts)
          .build();
    }
    return proxy.addStatement("return $N.ask(new $T($L)$L)", loop, messageClass, arguments, askTimeouts).build();
  }

  /**
   * {@code X extends Integer} for {@code <X extends T>} of a {@code Box<Integer>}: the bounds the
   * member signature gives (JavaPoet's {@code TypeVariableName.get} reads the declared ones).
   */
  private TypeVariableName declaration(TypeVariable variable, ExecutableElement method) {
    TypeMirror bound = variable.getUpperBound();
    List<? extends TypeMirror> bounds = bound.getKind() == TypeKind.INTERSECTION
        ? ((IntersectionType) bound).getBounds()
        : List.of(bound);
    return TypeVariableName.get(variable.asElement().getSimpleName().toString(),
        bounds.stream().map(b -> context.typeNames().get(b, method)).toArray(TypeName[]::new)); // drops an Object bound
  }

  /** The {@code T} the caller sees, with the method's own type variables (not erased). */
  private TypeName declaredReplyType(ActorModel.Message message) {
    if (!message.erased()) {
      return message.replyType();
    }
    TypeMirror returned = message.signature().getReturnType();
    if (message.reply() == ActorModel.Reply.STAGE) {
      List<? extends TypeMirror> arguments = ((DeclaredType) returned).getTypeArguments();
      if (arguments.isEmpty() || arguments.get(0).getKind() == TypeKind.WILDCARD) {
        return message.replyType();
      }
      returned = arguments.get(0);
    }
    return context.typeNames().get(returned, message.method()).box();
  }

  private static MethodSpec withSendTimeout(ActorModel model) {
    return view(model, "withSendTimeout", model.members().sendTimeout(), CodeBlock.builder()
            .add("A view of this actor whose sends wait at most {@code timeout} for room in the full mailbox,\n")
            .add("then fail with {@code MailboxFullException}. Same actor, same mailbox.\n")
            .build(),
        "timeout.isNegative()", "timeout must not be negative: ");
  }

  private static MethodSpec withAskTimeout(ActorModel model) {
    return view(model, "withAskTimeout", model.members().askTimeout(), CodeBlock.builder()
            .add("A view of this actor whose asks fail with {@code TimeoutException} when no reply came within\n")
            .add("{@code timeout}. Only the caller stops waiting: a message the actor accepted is still handled,\n")
            .add("and its late reply goes nowhere. Same actor, same mailbox.\n")
            .build(),
        "timeout.isNegative() || timeout.isZero()", "timeout must be positive: ");
  }

  /** {@code withSendTimeout}, {@code withAskTimeout}: this actor with {@code field} set from {@code timeout}. */
  private static MethodSpec view(
      ActorModel model, String name, String field, CodeBlock javadoc, String refusedWhen, String rule) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC)
        .returns(model.generatedName())
        .addParameter(Duration.class, "timeout")
        .beginControlFlow("if ($L)", refusedWhen)
        .addStatement("throw new $T($S + timeout)", IllegalArgumentException.class, rule)
        .endControlFlow()
        .addStatement("return $L", viewWith(model, field))
        .build();
  }

  private static Iterable<MethodSpec> lifecycleMethods(String loop) {
    return List.of(
        MethodSpec.methodBuilder("stop")
            .addJavadoc("Stops accepting messages, handles every message accepted before, then stops. Idempotent.\n")
            .addJavadoc("@return completes once the last accepted message has been handled\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(FUTURE_OF_VOID)
            .addStatement("return $N.stop()", loop)
            .build(),
        MethodSpec.methodBuilder("termination")
            .addJavadoc("Completes when the actor has stopped, by {@link #stop()} or after a failure with {@code STOP}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(FUTURE_OF_VOID)
            .addStatement("return $N.termination()", loop)
            .build(),
        MethodSpec.methodBuilder("mailboxSize")
            .addJavadoc("Messages waiting in the mailbox (approximate while senders are sending).\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(long.class)
            .addStatement("return $N.mailboxSize()", loop)
            .build(),
        MethodSpec.methodBuilder("stats")
            .addJavadoc("A snapshot of the actor's counters.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(ACTOR_STATS)
            .addStatement("return $N.stats()", loop)
            .build());
  }

  /**
   * @param user the class the loop runs: the user's, or its woven {@code ConcurrentFoo}
   * @param permits what that class offers for the messages whose rate limit waits
   */
  private static TypeSpec loopClass(
      ActorModel model, ClassName user, ClassName loop, Map<ExecutableElement, ActorPermit> permits) {
    boolean restarts = model.settings().restarts();
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(spawnedFrom(model, user), spawnArgument(model))
        .addParameter(Executor.class, "executor")
        .addParameter(model.generatedName(), "actor")
        .addStatement("super($N, executor)", model.members().settings());
    TypeSpec.Builder type = TypeSpec.classBuilder(loop)
        .addJavadoc("The mailbox loop: runs one message at a time on the wrapped {@code $L}.\n", user.simpleName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ACTOR_CELL);
    if (restarts) {
      CodeBlock fresh = CodeBlock.of("$T.requireNonNull($N.get(), $S)", Objects.class, FACTORY, "the factory made null");
      type.addField(spawnedFrom(model, user), FACTORY, Modifier.PRIVATE, Modifier.FINAL)
          .addField(user, TARGET, Modifier.PRIVATE)
          .addMethod(MethodSpec.methodBuilder("restart")
              .addJavadoc("{@code onFailure = RESTART}: a fresh {@code $L} for the next message.\n", user.simpleName())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PROTECTED)
              .addStatement("$N = $L", TARGET, fresh)
              .build());
      constructor.addStatement("this.$N = $N", FACTORY, FACTORY).addStatement("this.$N = $L", TARGET, fresh);
    } else {
      type.addField(user, TARGET, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = $N", TARGET, TARGET);
    }
    type.addField(model.generatedName(), "actor", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor.addStatement("this.actor = actor").build())
        .addMethod(dispatch(model, permits));
    if (!permits.isEmpty()) {
      type.addMethod(reservePermit(model, permits));
    }
    model.onFailure().ifPresent(handler -> type.addMethod(MethodSpec.methodBuilder("onFailure")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(Throwable.class, "failure")
        .addException(Exception.class)
        .addStatement("$N.$L(failure)", TARGET, handler.getSimpleName())
        .build()));
    return type.build();
  }

  /** Calls each message's method; one whose rate limit waits, past the limit: the loop reserved its permit. */
  private static MethodSpec dispatch(ActorModel model, Map<ExecutableElement, ActorPermit> permits) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (message.kind)");
    boolean unchecked = false;
    for (ActorModel.Message message : model.messages()) {
      unchecked |= message.erased();
      String method = permits.containsKey(message.method())
          ? permits.get(message.method()).permitted()
          : message.method().getSimpleName().toString();
      body.add(dispatchCase(model.generatedName().nestedClass(message.className()), message, method));
    }
    body.addStatement("default -> throw new $T($S + message.kind)", AssertionError.class, "Unknown message kind ")
        .endControlFlow();
    MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(ACTOR_MESSAGE, "message")
        .addException(Throwable.class)
        .addCode(body.build());
    if (unchecked) {
      // Erased arguments of generic methods: the proxy's own signature already type-checked them.
      dispatch.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "{$S, $S}", "unchecked", "rawtypes")
          .build());
    }
    return dispatch.build();
  }

  /** @param method the method of the target the message calls */
  private static CodeBlock dispatchCase(ClassName messageClass, ActorModel.Message message, String method) {
    String arguments = String.join(", ", message.fields().stream().map(f -> "m." + f.name()).toList());
    CodeBlock call = CodeBlock.of("$N.$L($L)", TARGET, method, arguments);
    CodeBlock statement = switch (message.reply()) {
      case NONE -> call;
      case VALUE -> CodeBlock.of("m.replyWith($L)", call);
      case STAGE -> CodeBlock.of("m.replyWhen($L)", call);
    };
    if (message.fields().isEmpty() && message.reply() == ActorModel.Reply.NONE) {
      return CodeBlock.builder().addStatement("case $L -> $L", message.kindConstant(), call).build();
    }
    return CodeBlock.builder()
        .beginControlFlow("case $L ->", message.kindConstant())
        .addStatement("$T m = ($T) message", messageClass, messageClass)
        .addStatement("$L", statement)
        .endControlFlow()
        .build();
  }

  /**
   * {@code ActorCell.reservePermit}: for each message whose rate limit waits, the woven class
   * reserves its permit (from the key's bucket for a keyed limit) and says when it is due.
   */
  private static MethodSpec reservePermit(ActorModel model, Map<ExecutableElement, ActorPermit> permits) {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (ActorModel.Message message : model.messages()) {
      ActorPermit permit = permits.get(message.method());
      if (permit != null) {
        ClassName messageClass = model.generatedName().nestedClass(message.className());
        CodeBlock key = permit.key().isPresent()
            ? CodeBlock.of("(($T) message).$N", messageClass, message.fields().get(permit.key().getAsInt()).name())
            : CodeBlock.of("");
        cases.add("case $L -> $N.$N($L);\n", message.kindConstant(), TARGET, permit.reserve(), key);
      }
    }
    return MethodSpec.methodBuilder("reservePermit")
        .addJavadoc("Reserves the permit of a message whose rate limit waits: nanoseconds until it is due.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(long.class)
        .addParameter(ACTOR_MESSAGE, "message")
        .addCode("return switch (message.kind) {\n$>$L", cases.build())
        .addCode("default -> 0;\n$<};\n")
        .build();
  }

  private static TypeSpec messageClass(ActorModel.Message message) {
    TypeName superclass = message.reply() == ActorModel.Reply.NONE
        ? ACTOR_MESSAGE
        : ParameterizedTypeName.get(ASK_MESSAGE, message.replyType());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addStatement("super($L)", message.kindConstant());
    TypeSpec.Builder type = TypeSpec.classBuilder(message.className())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(superclass);
    if (message.erased()) {
      // A generic method's arguments, erased: the proxy's own signature type-checks the caller.
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "rawtypes").build());
    }
    for (ActorModel.Field field : message.fields()) {
      type.addField(field.type(), field.name(), Modifier.FINAL);
      constructor.addParameter(field.type(), field.name()).addStatement("this.$L = $L", field.name(), field.name());
    }
    return type.addMethod(constructor.build()).build();
  }
}
