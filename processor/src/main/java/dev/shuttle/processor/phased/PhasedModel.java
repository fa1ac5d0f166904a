package dev.shuttle.processor.phased;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @Phased} class: everything the generator needs, already decided.
 *
 * @param type the user's class
 * @param generatedName {@code FooPhases}
 * @param parties how many parties; {@code 0} for one per available processor
 * @param phases in the order they run
 * @param afterPhase the {@code @AfterPhase} method, if any
 * @param until the {@code until} method, if any
 */
record PhasedModel(
    TypeElement type,
    ClassName generatedName,
    int parties,
    List<Phase> phases,
    Optional<ExecutableElement> afterPhase,
    Optional<ExecutableElement> until) {

  /** The nested class whose {@code round} every party runs, {@code FooPhases.Parties}. */
  static final String PARTIES_CLASS = "Parties";

  /** Every user method the generated class calls: the phases in order, then the after-phase action and {@code until}. */
  List<ExecutableElement> methods() {
    return Stream.of(phases.stream().map(Phase::method), afterPhase.stream(), until.stream())
        .flatMap(s -> s)
        .toList();
  }

  /** One {@code @Phase} method; {@code takesParty} when it has the {@code int party} parameter. */
  record Phase(int number, ExecutableElement method, boolean takesParty) {}
}
