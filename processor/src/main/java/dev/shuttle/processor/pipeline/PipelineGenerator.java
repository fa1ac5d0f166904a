package dev.shuttle.processor.pipeline;

import static dev.shuttle.processor.GeneratedNames.TARGET;
import static dev.shuttle.processor.Literals.count;
import static dev.shuttle.processor.Literals.grouped;
import static dev.shuttle.processor.RuntimeNames.PIPELINE_ENGINE;
import static dev.shuttle.processor.RuntimeNames.PIPELINE_SIZES;
import static dev.shuttle.processor.RuntimeNames.PIPELINE_STAGE;
import static dev.shuttle.processor.RuntimeNames.PIPELINE_STATS;
import static dev.shuttle.processor.RuntimeNames.WAIT_INTERRUPTED_EXCEPTION;
import static dev.shuttle.processor.RuntimeNames.WORKER_THREADS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.shuttle.processor.GeneratedNames;
import dev.shuttle.processor.InstanceStep;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.SourceWriter;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.pipeline.PipelineModel.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * Writes {@code FooPipeline}: the user's instance, one small inner class per stage whose
 * {@code process} calls the stage method and hands the result to the next stage, and the
 * {@code PipelineEngine} that runs them.
 */
final class PipelineGenerator {
  private static final TypeName FUTURE_OF_STATS =
      ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), PIPELINE_STATS);

  private final ProcessorContext context;

  PipelineGenerator(ProcessorContext context) {
    this.context = context;
  }

  void generate(PipelineModel model) {
    ClassName user = ClassName.get(model.type());
    TypeSpec.Builder pipeline = SourceWriter.newClass(model.generatedName(), "@Pipeline", model.type())
        .addJavadoc(classDoc(model))
        .addModifiers(Modifier.FINAL)
        .addField(user, TARGET, Modifier.PRIVATE, Modifier.FINAL);
    if (model.type().getModifiers().contains(Modifier.PUBLIC)) {
      pipeline.addModifiers(Modifier.PUBLIC);
    }
    TypeName results = resultsType(model);
    if (results != null) {
      pipeline.addField(results, "results", Modifier.PRIVATE, Modifier.FINAL);
    }
    pipeline.addField(FieldSpec.builder(PIPELINE_SIZES, model.sizesField(), Modifier.PRIVATE, Modifier.FINAL)
        .initializer(sizes(model))
        .build());
    for (Stage stage : model.stages()) {
      ClassName stageClass = model.generatedName().nestedClass(stage.className());
      pipeline.addField(FieldSpec.builder(stageClass, stage.fieldName(), Modifier.PRIVATE, Modifier.FINAL)
          .initializer("new $T()", stageClass)
          .build());
    }
    pipeline.addField(PIPELINE_ENGINE, "engine", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor(model, user, results))
        .addMethod(start(model, InstanceStep.behaviourOf(model.type(), context), results))
        .addMethod(submit(model))
        .addMethod(offer(model))
        .addMethod(close())
        .addMethod(stats());
    for (int i = 0; i < model.stages().size(); i++) {
      pipeline.addType(stageClass(model, model.stages().get(i), i));
    }
    context.sourceWriter().write(model.generatedName(), pipeline, model.type());
  }

  private static CodeBlock classDoc(PipelineModel model) {
    List<String> stages = new ArrayList<>();
    for (Stage stage : model.stages()) {
      stages.add("{@code " + stage.name() + "} (" + count(stage.workers(), "worker") + ")");
    }
    return CodeBlock.builder()
        .add("\n<p>Items go through the stages of {@code $L} in order:\n", model.type().getSimpleName())
        .add("$L.\n", String.join(" → ", stages))
        .add("Each stage runs on its own workers and takes items from a bounded queue. A full queue makes\n")
        .add("whoever feeds it wait (backpressure), so a slow stage slows the producers down instead of filling\n")
        .add("memory. {@link #close()} drains everything accepted, then stops the workers.\n")
        .build();
  }

  /**
   * {@code PipelineSizes.configured("com.example.Ingest", 100, new PipelineSizes.Declared("fetch", 1, 0), ...)}:
   * the stages' workers and bounds as declared, which the runtime amends with their overrides.
   */
  private static CodeBlock sizes(PipelineModel model) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.configured($S, $L", PIPELINE_SIZES,
        model.type().getQualifiedName().toString(), grouped(model.bound()));
    for (Stage stage : model.stages()) {
      code.add(",\n$>$>new $T.Declared($S, $L, $L)$<$<", PIPELINE_SIZES, stage.name(), stage.workers(),
          stage.ownBound() ? grouped(stage.bound()) : "0");
    }
    return code.add(")").build();
  }

  /** {@code Consumer<? super R>} when the last stage passes a value on; {@code null} for a void sink. */
  private static TypeName resultsType(PipelineModel model) {
    TypeName passed = model.last().passed();
    return passed == null ? null
        : ParameterizedTypeName.get(ClassName.get(Consumer.class), WildcardTypeName.supertypeOf(passed));
  }

  private static MethodSpec constructor(PipelineModel model, ClassName user, TypeName results) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(user, TARGET)
        .addStatement("this.$N = $N", TARGET, TARGET);
    if (results != null) {
      constructor.addParameter(results, "results").addStatement("this.results = results");
    }
    String stageFields = String.join(", ", model.stages().stream().map(Stage::fieldName).toList());
    String type = GeneratedNames.flatName(model.type());
    if (model.onError().isPresent()) {
      return constructor.addStatement("this.engine = new $T($S, $N::$L, $L)", PIPELINE_ENGINE, type, TARGET,
          model.onError().get().getSimpleName(), stageFields).build();
    }
    return constructor.addStatement("this.engine = new $T($S, $L)", PIPELINE_ENGINE, type, stageFields).build();
  }

  /** @param behaviour what {@code start} takes: the user's class or its woven class */
  private static MethodSpec start(PipelineModel model, ClassName behaviour, TypeName results) {
    MethodSpec.Builder start = MethodSpec.methodBuilder("start")
        .addJavadoc("Starts the workers of every stage, running the stages of {@code $L}", TARGET)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.generatedName())
        .addParameter(behaviour, TARGET)
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, TARGET, TARGET);
    if (results == null) {
      start.addJavadoc(".\n")
          .addStatement("$T pipeline = new $T($N)", model.generatedName(), model.generatedName(), TARGET);
    } else {
      start.addJavadoc(";\nwhat the last stage returns goes to {@code results}, on that stage's workers.\n")
          .addParameter(results, "results")
          .addStatement("$T.requireNonNull(results, $S)", Objects.class, "results")
          .addStatement("$T pipeline = new $T($N, results)", model.generatedName(), model.generatedName(), TARGET);
    }
    return start.addJavadoc(InstanceStep.wovenNote(model.type(), behaviour))
        .addStatement("pipeline.engine.start()").addStatement("return pipeline").build();
  }

  private static MethodSpec submit(PipelineModel model) {
    Stage first = model.first();
    return MethodSpec.methodBuilder("submit")
        .addJavadoc("Hands {@code item} to stage {@code $L}, waiting while its queue is full.\n\n", first.name())
        .addJavadoc("@throws IllegalStateException if the pipeline is closed, also while the caller waited\n")
        .addJavadoc("@throws $T if interrupted while waiting (the item was not accepted)\n",
            WAIT_INTERRUPTED_EXCEPTION)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(first.input(), "item")
        .addStatement("$L.submit(item)", first.fieldName())
        .build();
  }

  private static MethodSpec offer(PipelineModel model) {
    Stage first = model.first();
    return MethodSpec.methodBuilder("offer")
        .addJavadoc("Like {@link #submit}, but waits at most {@code timeout} for room.\n\n")
        .addJavadoc("@return whether the item was accepted; {@code false} if the queue stayed full\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(first.input(), "item")
        .addParameter(Duration.class, "timeout")
        .addStatement("return $L.offer(item, timeout)", first.fieldName())
        .build();
  }

  private static MethodSpec close() {
    return MethodSpec.methodBuilder("close")
        .addJavadoc("Stops accepting items, lets every stage finish what was accepted, then stops the workers.\n")
        .addJavadoc("Idempotent.\n\n")
        .addJavadoc("@return completes with the final, exact statistics once the last worker has stopped\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(FUTURE_OF_STATS)
        .addStatement("return engine.close()")
        .build();
  }

  private static MethodSpec stats() {
    return MethodSpec.methodBuilder("stats")
        .addJavadoc("A live snapshot: per stage, queue depth, items in flight, completed, filtered, failed.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(PIPELINE_STATS)
        .addStatement("return engine.stats()")
        .build();
  }

  private TypeSpec stageClass(PipelineModel model, Stage stage, int index) {
    ClassName user = ClassName.get(model.type());
    MethodSpec.Builder process = MethodSpec.methodBuilder("process")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(boolean.class)
        .addParameter(stage.input(), "item")
        .addCode(processBody(model, stage));
    if (!stage.method().getThrownTypes().isEmpty()) {
      process.addException(Exception.class);
    }
    return TypeSpec.classBuilder(stage.className())
        .addJavadoc("Stage {@link $T#$L}: $L, taking items from a queue of $L, unless deploy-time overrides\n"
            + "({@code $L/$L/Stage/...}) say otherwise.\n", user, stage.name(), count(stage.workers(), "worker"),
            stage.bound(), model.type().getQualifiedName(), stage.name())
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(PIPELINE_STAGE, stage.input()))
        .addMethod(MethodSpec.constructorBuilder()
            .addStatement("super($S, $T.$L($L.workers($L)), $L.queue($L))", stage.name(), WORKER_THREADS,
                stage.virtual() ? "virtual" : "platform", model.sizesField(), index, model.sizesField(), index)
            .build())
        .addMethod(process.build())
        .build();
  }

  /**
   * The item as the stage method takes it. The item is boxed, so where the method takes a primitive
   * and has an overload, the item is unboxed by a cast: otherwise an overload taking the boxed type
   * (or {@code Object}) would be the one called.
   */
  private CodeBlock argument(PipelineModel model, Stage stage) {
    TypeMirror parameter = stage.method().getParameters().get(0).asType();
    boolean overloaded = TypeChecks.visibleMethods(context, model.type()).stream()
        .anyMatch(method -> !method.equals(stage.method())
            && method.getSimpleName().equals(stage.method().getSimpleName()));
    return parameter.getKind().isPrimitive() && overloaded
        ? CodeBlock.of("($T) item", TypeName.get(parameter))
        : CodeBlock.of("item");
  }

  /** Calls the stage method, then passes its result on to the next stage (or the consumer). */
  private CodeBlock processBody(PipelineModel model, Stage stage) {
    CodeBlock call = CodeBlock.of("$N.$L($L)", TARGET, stage.method().getSimpleName(), argument(model, stage));
    Optional<Stage> next = model.next(stage);
    return switch (stage.output()) {
      case NONE -> CodeBlock.builder()
          .addStatement("$L", call)
          .addStatement("return DONE")
          .build();
      case VALUE -> CodeBlock.builder()
          .addStatement("$L", handOff(next, call))
          .addStatement("return DONE")
          .build();
      case OPTIONAL -> CodeBlock.builder()
          .addStatement("$T result = $L", context.typeNames().get(stage.method().getReturnType(), stage.method()), call)
          .beginControlFlow("if (result.isEmpty())")
          .addStatement("return FILTERED")
          .endControlFlow()
          .addStatement("$L", handOff(next, CodeBlock.of("result.get()")))
          .addStatement("return DONE")
          .build();
      case EXPAND -> CodeBlock.builder()
          .addStatement("boolean passed = false")
          .beginControlFlow("for ($T element : $L)", stage.passed(), call)
          .addStatement("$L", handOff(next, CodeBlock.of("element")))
          .addStatement("passed = true")
          .endControlFlow()
          .addStatement("return passed ? DONE : FILTERED")
          .build();
    };
  }

  /** {@code parseStage.put(value)}, or {@code deliver(results, value)} after the last stage. */
  private static CodeBlock handOff(Optional<Stage> next, CodeBlock value) {
    return next.map(stage -> CodeBlock.of("$L.put($L)", stage.fieldName(), value))
        .orElseGet(() -> CodeBlock.of("deliver(results, $L)", value));
  }
}
