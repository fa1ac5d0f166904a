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
import dev.shuttle.processor.Problem;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What the woven patterns mean on an {@code @Actor} class, whose methods run one at a time on the
 * actor's turn. A pattern that keeps the body on that turn and never parks the actor's thread
 * applies, and the actor runs the woven class ({@link InstanceStep#behaviourOf}): {@code @ForkJoin}
 * (the turn waits for its leaves) and {@code @RateLimited}. A refused message ({@code onLimit =
 * FAIL}, or a permit due later than {@code maxWait}) fails; a message whose permit is not due yet
 * waits in the actor, without a thread, as the woven class's {@code ActorPermits} members let the
 * actor reserve the permit and later run the call past its limit. That works only for messages: a
 * waiting limit on any other method (not public, or the {@code @OnFailure} handler) would park the
 * thread of the message it runs in, and is an error. A call from a message to a rate-limited method
 * of its own class is a plain call of the woven class: it waits on the thread, as any caller of
 * {@code ConcurrentFoo} does.
 *
 * <p>The others are errors: a lock guards nothing the mailbox does not; {@code @Async} and
 * {@code @Race} run the body on pool threads, outside the turn, racing the actor's next message.
 */
final class ActorWeaving {
  private static final Set<Modifier> NOT_OVERRIDABLE = Set.of(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);

  private ActorWeaving() {}

  /**
   * Reports each pattern that cannot apply to the actor {@code type}.
   *
   * @param messages the methods the actor runs as messages
   * @param onFailure the {@code @OnFailure} handler, if any
   */
  static void check(TypeElement type, List<ExecutableElement> messages, Optional<ExecutableElement> onFailure,
      Marks marks, ValidationReport report) {
    String name = type.getSimpleName().toString();
    AnnotationOn.find(type, ReadMostly.class)
        .ifPresent(on -> report.add(Problems.actorWithLock(on.annotationType(), name), on));
    for (Class<? extends Annotation> mark : List.of(Read.class, Write.class)) {
      annotated(type, marks, mark).forEach(on -> report.add(Problems.actorWithLock(mark, name), on));
    }
    for (Class<? extends Annotation> offTurn : List.of(Async.class, Race.class)) {
      annotated(type, marks, offTurn).forEach(on -> report.add(Problems.actorWithOffTurnBody(offTurn, name), on));
    }
    checkWaitingLimits(type, messages, onFailure, marks, report);
  }

  /** A waiting limit on a method that is not a message: the actor cannot hold it, so its thread would wait. */
  private static void checkWaitingLimits(TypeElement type, List<ExecutableElement> messages,
      Optional<ExecutableElement> onFailure, Marks marks, ValidationReport report) {
    String name = type.getSimpleName().toString();
    for (ExecutableElement method : marks.visibleMethodsMarked(type, RateLimited.class)) {
      AnnotationOn<RateLimited> limit = marks.find(type, method, RateLimited.class).orElseThrow();
      boolean overridable = method.getModifiers().stream().noneMatch(NOT_OVERRIDABLE::contains); // else the woven error
      if (limit.values().onLimit() == OnLimit.WAIT && overridable && !messages.contains(method)) {
        Problem problem = onFailure.filter(method::equals).isPresent()
            ? Problems.actorWaitingLimitOnFailureHandler(TypeChecks.describe(method), name, false)
            : Problems.actorWaitingLimitOffMessage(TypeChecks.describe(method), name);
        if (limit.element().equals(method)) {
          report.add(problem, limit, RateLimited::onLimit);
        } else {
          report.add(problem, method.getEnclosingElement().equals(type) ? method : type);
        }
      }
    }
    // A class-level limit covers the public methods without their own: the messages, and a public handler.
    AnnotationOn.find(type, RateLimited.class)
        .filter(limit -> limit.values().onLimit() == OnLimit.WAIT)
        .ifPresent(limit -> onFailure
            .filter(handler -> handler.getModifiers().contains(Modifier.PUBLIC))
            .filter(handler -> !marks.isMarked(type, handler, RateLimited.class))
            .ifPresent(handler -> report.add(
                Problems.actorWaitingLimitOnFailureHandler(TypeChecks.describe(handler), name, true),
                limit, RateLimited::onLimit)));
  }

  private static <A extends Annotation> List<AnnotationOn<A>> annotated(
      TypeElement type, Marks marks, Class<A> annotation) {
    return marks.declaredMethodsMarked(type, annotation).stream()
        .map(method -> marks.get(method, annotation))
        .toList();
  }
}
