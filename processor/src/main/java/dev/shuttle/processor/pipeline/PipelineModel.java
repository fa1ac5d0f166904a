package dev.shuttle.processor.pipeline;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @Pipeline} class: everything the generator needs, already decided.
 *
 * @param type the user's class
 * @param generatedName {@code FooPipeline}
 * @param stages in the order they run, at least one
 * @param onError the {@code @OnError} method, if any
 * @param bound {@code @Pipeline}'s bound, for stages without their own
 * @param sizesField the field with the stages' sizes in force
 */
record PipelineModel(TypeElement type, ClassName generatedName, List<Stage> stages, Optional<ExecutableElement> onError,
    int bound, String sizesField) {

  Stage first() {
    return stages.get(0);
  }

  Stage last() {
    return stages.get(stages.size() - 1);
  }

  /** The stage after {@code stage}, if it is not the last. */
  Optional<Stage> next(Stage stage) {
    int index = stages.indexOf(stage);
    return index + 1 < stages.size() ? Optional.of(stages.get(index + 1)) : Optional.empty();
  }

  /** What a stage method's return value is to the pipeline. */
  enum Output {
    /** {@code void}: a sink, only allowed last. */
    NONE,
    /** {@code T}: passed on as it is. */
    VALUE,
    /** {@code Optional<T>}: its value passed on; empty means filtered. */
    OPTIONAL,
    /** {@code Iterable<T>} with {@code expand = true}: each element passed on; none means filtered. */
    EXPAND
  }

  /**
   * One stage.
   *
   * @param method the user's stage method
   * @param className {@code FetchStage}, distinct across overloads ({@code Fetch2Stage})
   * @param fieldName {@code fetchStage}
   * @param input what it takes, boxed
   * @param output how its result is passed on
   * @param passed what it passes on, boxed; {@code null} for {@link Output#NONE}
   * @param workers threads that run it
   * @param bound its queue's capacity
   * @param virtual whether its workers are virtual threads
   * @param ownBound whether {@code bound} is the stage's own, rather than the pipeline's
   */
  record Stage(
      ExecutableElement method,
      String className,
      String fieldName,
      TypeName input,
      Output output,
      TypeName passed,
      int workers,
      int bound,
      boolean virtual,
      boolean ownBound) {

    String name() {
      return method.getSimpleName().toString();
    }
  }
}
