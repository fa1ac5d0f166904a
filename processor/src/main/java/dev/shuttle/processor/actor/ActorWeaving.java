package dev.shuttle.processor.actor;

import dev.shuttle.Async;
import dev.shuttle.OnLimit;
import dev.shuttle.Race;
import dev.shuttle.RateLimited;
import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Write;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.InstanceStep;
import dev.shuttle.processor.Marks;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What the woven patterns mean on an {@code @Actor} class, whose methods run one at a time on the
 * actor's turn. A pattern that keeps the body on that turn and never parks the actor's thread
 * applies: {@code @ForkJoin} (the turn waits for its leaves) and {@code @RateLimited(onLimit =
 * FAIL)} (a refused message fails); the actor runs the woven class ({@link
 * InstanceStep#behaviourOf}). The others are errors: a lock
 * guards nothing the mailbox does not; {@code @Async} and {@code @Race} run the body on pool
 * threads, outside the turn, racing the actor's next message; a waiting limit parks the thread
 * that runs every actor of its executor.
 */
final class ActorWeaving {
  private ActorWeaving() {}

  /** Reports each pattern that cannot apply to the actor {@code type}. */
  static void check(TypeElement type, Marks marks, ValidationReport report) {
    String name = type.getSimpleName().toString();
    AnnotationOn.find(type, ReadMostly.class)
        .ifPresent(on -> report.add(Problems.actorWithLock(on.annotationType(), name), on));
    for (Class<? extends Annotation> mark : List.of(Read.class, Write.class)) {
      annotated(type, marks, mark).forEach(on -> report.add(Problems.actorWithLock(mark, name), on));
    }
    for (Class<? extends Annotation> offTurn : List.of(Async.class, Race.class)) {
      annotated(type, marks, offTurn).forEach(on -> report.add(Problems.actorWithOffTurnBody(offTurn, name), on));
    }
    annotatedWithClass(type, marks).stream()
        .filter(on -> on.values().onLimit() == OnLimit.WAIT)
        .forEach(on -> report.add(Problems.actorWithWaitingLimit(name), on, RateLimited::onLimit));
  }

  private static <A extends Annotation> List<AnnotationOn<A>> annotated(
      TypeElement type, Marks marks, Class<A> annotation) {
    return marks.declaredMethodsMarked(type, annotation).stream()
        .map(method -> marks.get(method, annotation))
        .toList();
  }

  /** {@code @RateLimited} on the class and on its methods. */
  private static List<AnnotationOn<RateLimited>> annotatedWithClass(TypeElement type, Marks marks) {
    List<AnnotationOn<RateLimited>> limits = new ArrayList<>();
    AnnotationOn.find(type, RateLimited.class).ifPresent(limits::add);
    limits.addAll(annotated(type, marks, RateLimited.class));
    return limits;
  }
}
