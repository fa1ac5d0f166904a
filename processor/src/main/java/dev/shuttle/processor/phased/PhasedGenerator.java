package dev.shuttle.processor.phased;

import static dev.shuttle.processor.GeneratedNames.TARGET;
import static dev.shuttle.processor.RuntimeNames.PHASED_PARTIES;
import static dev.shuttle.processor.RuntimeNames.PHASE_BARRIER;
import static dev.shuttle.processor.RuntimeNames.WAIT_INTERRUPTED_EXCEPTION;
import static dev.shuttle.processor.Literals.grouped;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shuttle.processor.InstanceStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.SourceWriter;
import dev.shuttle.processor.TypeChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * Writes {@code FooPhases}: static {@code run}, {@code run(timeout)} and {@code runAsync} entry
 * points, and {@code Parties}, whose {@code round} is what every party does, the classic
 * {@code phase1_work(); barrier.await(); phase2_work(); ...}, spelled out.
 */
final class PhasedGenerator {

  private final ProcessorContext context;

  PhasedGenerator(ProcessorContext context) {
    this.context = context;
  }

  void generate(PhasedModel model) {
    ClassName user = ClassName.get(model.type());
    ClassName behaviour = InstanceStep.behaviourOf(model.type(), context);
    ClassName parties = model.generatedName().nestedClass(PhasedModel.PARTIES_CLASS);
    TypeSpec.Builder phases = SourceWriter.newClass(model.generatedName(), "@Phased", model.type())
        .addJavadoc(classDoc(model))
        .addModifiers(Modifier.FINAL)
        .addField(partiesConstant(model))
        .addField(phasesConstant(model))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("parties")
            .addJavadoc("How many parties run: each phase method is called with {@code 0} to {@code parties() - 1}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(int.class)
            .addStatement("return $T.configuredParties($S, PARTIES)", PHASED_PARTIES,
                model.type().getQualifiedName().toString())
            .build())
        .addMethod(run(model, behaviour, parties))
        .addMethod(runWithTimeout(model, behaviour, parties))
        .addMethod(runAsync(behaviour, parties))
        .addType(partiesClass(model, user, parties));
    if (model.type().getModifiers().contains(Modifier.PUBLIC)) {
      phases.addModifiers(Modifier.PUBLIC);
    }
    context.sourceWriter().write(model.generatedName(), phases, model.type());
  }

  private static CodeBlock classDoc(PhasedModel model) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("\n<p>Runs $L, each on its own daemon thread {@code shuttle-$L-party-N}.\n",
            model.parties() == 0 ? "one party per available processor" : model.parties() + " parties",
            model.type().getSimpleName())
        .add("Each party runs the phases in order ($L) with a barrier after each:\n",
            model.phases().stream().map(p -> "{@code " + p.method().getSimpleName() + "}")
                .collect(Collectors.joining(", ")))
        .add("no party starts a phase before every party has finished the one before.\n");
    model.afterPhase().ifPresent(action ->
        doc.add("{@code $L} runs once after each phase, while the parties wait.\n", action.getSimpleName()));
    model.until().ifPresent(until ->
        doc.add("Rounds of all the phases repeat until {@code $L()} returns true.\n", until.getSimpleName()));
    return doc.add("\n<p>A party that throws breaks the barrier: the others stop at their next barrier, and the run\n")
        .add("fails with that first failure, unchanged.\n")
        .build();
  }

  private static FieldSpec partiesConstant(PhasedModel model) {
    return FieldSpec.builder(int.class, "PARTIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("{@code @Phased(parties)}, 0 for one per processor: the default of its deploy-time override.\n")
        .initializer("$L", model.parties())
        .build();
  }

  /** The {@code @Phase} numbers in the order the phases run. */
  private static FieldSpec phasesConstant(PhasedModel model) {
    String numbers = model.phases().stream().map(p -> grouped(p.number())).collect(Collectors.joining(", "));
    return FieldSpec.builder(int[].class, "PHASES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", numbers)
        .build();
  }

  private MethodSpec run(PhasedModel model, ClassName user, ClassName parties) {
    return MethodSpec.methodBuilder("run")
        .addJavadoc("Runs the parties on {@code $L} and returns once they have all finished, or throws the first\n",
            TARGET)
        .addJavadoc("failure after they have all stopped.\n")
        .addJavadoc(InstanceStep.wovenNote(model.type(), user))
        .addJavadoc("\n")
        .addJavadoc("@throws $T if this thread is interrupted while it waits: the parties are\n", WAIT_INTERRUPTED_EXCEPTION)
        .addJavadoc("    stopped, and the interrupt flag is set again\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(user, TARGET)
        .addExceptions(thrown(model, model.methods()))
        .addStatement("new $T($N).run()", parties, TARGET)
        .build();
  }

  private MethodSpec runWithTimeout(PhasedModel model, ClassName user, ClassName parties) {
    List<TypeName> thrown = new ArrayList<>(List.of(ClassName.get(TimeoutException.class)));
    thrown.addAll(thrown(model, model.methods()));
    return MethodSpec.methodBuilder("run")
        .addJavadoc("Like {@link #run($T)}, but gives up after {@code timeout}.\n\n", user)
        .addJavadoc("@throws $T if the parties have not finished by then: they are stopped (the barrier\n",
            TimeoutException.class)
        .addJavadoc("    breaks and their threads are interrupted) and this returns without waiting for them\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(user, TARGET)
        .addParameter(Duration.class, "timeout")
        .addExceptions(thrown)
        .addStatement("new $T($N).run(timeout)", parties, TARGET)
        .build();
  }

  private static MethodSpec runAsync(ClassName user, ClassName parties) {
    return MethodSpec.methodBuilder("runAsync")
        .addJavadoc("Starts the parties on {@code $L} and returns at once. The future completes when they have all\n",
            TARGET)
        .addJavadoc("finished, or fails with the first failure; cancelling it stops them.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), ClassName.get(Void.class)))
        .addParameter(user, TARGET)
        .addStatement("return new $T($N).runAsync()", parties, TARGET)
        .build();
  }

  private TypeSpec partiesClass(PhasedModel model, ClassName user, ClassName parties) {
    TypeSpec.Builder type = TypeSpec.classBuilder(parties)
        .addJavadoc("What the parties do with one {@code $L}.\n", user.simpleName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(PHASED_PARTIES)
        .addField(user, TARGET, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(user, TARGET)
            .addStatement("super($S, $T.parties(), PHASES)", user.simpleName(), model.generatedName())
            .addStatement("this.$N = $T.requireNonNull($N, $S)", TARGET, Objects.class, TARGET, TARGET)
            .build())
        .addMethod(round(model));
    model.afterPhase().ifPresent(action -> type.addMethod(MethodSpec.methodBuilder("afterPhase")
        .addJavadoc("Once after each phase, on the last party to finish it, while the others wait.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(int.class, "phase")
        .addExceptions(thrown(model, List.of(action)))
        .addStatement("$N.$N(phase)", TARGET, action.getSimpleName())
        .build()));
    model.until().ifPresent(until -> type.addMethod(MethodSpec.methodBuilder("done")
        .addJavadoc("Once after each round, while the parties wait: whether to stop.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(boolean.class)
        .addExceptions(thrown(model, List.of(until)))
        .addStatement("return $N.$N()", TARGET, until.getSimpleName())
        .build()));
    return type.build();
  }

  /** One round for one party: each phase, then the barrier, in phase order. */
  private MethodSpec round(PhasedModel model) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (PhasedModel.Phase phase : model.phases()) {
      body.addStatement("$N.$N($L)", TARGET, phase.method().getSimpleName(), phase.takesParty() ? "party" : "")
          .addStatement("barrier.await()");
    }
    return MethodSpec.methodBuilder("round")
        .addJavadoc("One round for party {@code party}: each phase in order, each followed by the barrier.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(int.class, "party")
        .addParameter(PHASE_BARRIER, "barrier")
        .addExceptions(thrown(model, model.phases().stream().map(PhasedModel.Phase::method).toList()))
        .addCode(body.build())
        .build();
  }

  /**
   * The exceptions {@code methods} declare, as members of the user's class ({@code until} may be
   * inherited from a generic base), each once, in the order they first appear.
   */
  private List<TypeName> thrown(PhasedModel model, List<ExecutableElement> methods) {
    List<TypeMirror> distinct = new ArrayList<>();
    for (ExecutableElement method : methods) {
      for (TypeMirror exception : TypeChecks.memberSignature(context, model.type(), method).getThrownTypes()) {
        if (distinct.stream().noneMatch(seen -> context.types().isSameType(seen, exception))) {
          distinct.add(exception);
        }
      }
    }
    return distinct.stream().map(TypeName::get).toList();
  }

}
