package dev.shuttle.processor.actor;

import dev.shuttle.processor.Identifiers;
import com.palantir.javapoet.ClassName;
import dev.shuttle.Actor;
import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;

/**
 * A validated {@code @Actor} class: everything the generator needs, already decided.
 *
 * @param type the user's class
 * @param generatedName {@code FooActor}
 * @param settings the annotation's values
 * @param members the names of the proxy's own members, allocated before the messages'
 * @param messages one per public instance method, in a stable order
 * @param onFailure the {@code @OnFailure} method, if any
 */
record ActorModel(
    TypeElement type,
    ClassName generatedName,
    Settings settings,
    Members members,
    List<Message> messages,
    Optional<ExecutableElement> onFailure) {

  /** The proxy's nested mailbox loop, {@code FooActor.Loop}: every actor has one. */
  static final String LOOP_CLASS = "Loop";

  /** {@code @Actor}'s values: a {@code mailbox} or {@code throughput} of 0 keeps the runtime's default. */
  record Settings(int mailbox, Overflow overflow, FailurePolicy onFailure, int throughput,
      int maxRestarts, int restartWithinSeconds, int restartBackoffMillis) {
    /** Whether the actor restarts from a factory, so that {@code spawn} takes one. */
    boolean restarts() {
      return onFailure == FailurePolicy.RESTART;
    }

    /** Whether a restart setting departs from its default, so that the settings constant says it. */
    boolean hasRestartSettings() {
      return maxRestarts != Actor.DEFAULT_MAX_RESTARTS || restartWithinSeconds != Actor.DEFAULT_RESTART_WITHIN_SECONDS
          || restartBackoffMillis != Actor.DEFAULT_RESTART_BACKOFF_MILLIS;
    }

    boolean boundedMailbox() {
      return mailbox > 0;
    }

    boolean hasThroughput() {
      return throughput > 0;
    }

    boolean hasSendTimeout() {
      return boundedMailbox() && overflow == Overflow.BLOCK;
    }
  }

  /**
   * The names of the proxy's fields, free of every name in the user's scope.
   *
   * @param settings the {@code ActorSettings} constant: {@code SETTINGS}
   * @param loop the {@code Loop} field: {@code loop}
   * @param sendTimeout the send timeout field of a bounded blocking mailbox: {@code sendTimeoutNanos}
   * @param askTimeout the ask timeout field of an actor with asks: {@code askTimeoutNanos}
   * @param noSendTimeout the send wait of an ask where there is no send timeout: {@code NO_SEND_TIMEOUT}
   */
  record Members(String settings, String loop, String sendTimeout, String askTimeout, String noSendTimeout) {
    static Members allocate(Identifiers names) {
      return new Members(names.newName("SETTINGS"), names.newName("loop"), names.newName("sendTimeoutNanos"),
          names.newName("askTimeoutNanos"), names.newName("NO_SEND_TIMEOUT"));
    }
  }

  /** Whether any message is an ask, so that the proxy has an ask timeout to set. */
  boolean hasAsks() {
    return messages.stream().anyMatch(message -> message.reply() != Reply.NONE);
  }

  /**
   * The proxy's fields a view ({@code withSendTimeout}, {@code withAskTimeout}) sets, beside the
   * loop it shares, in constructor order.
   */
  List<String> viewFields() {
    List<String> fields = new ArrayList<>();
    if (settings.hasSendTimeout()) {
      fields.add(members.sendTimeout());
    }
    if (hasAsks()) {
      fields.add(members.askTimeout());
    }
    return fields;
  }

  /** How a method answers its caller. */
  enum Reply {
    /** {@code void}: fire and forget. */
    NONE,
    /** {@code T}: the proxy returns {@code CompletableFuture<T>} completed with the result. */
    VALUE,
    /** {@code CompletionStage<T>}: the proxy's future completes when the returned stage does. */
    STAGE
  }

  /**
   * One message: a user method and the names its message class and constant get.
   *
   * @param signature the method as a member of the actor's class: an inherited method of a generic
   *     supertype has that supertype's type arguments filled in ({@code put(String)}, not {@code put(T)})
   * @param replyType the {@code T} of the proxy's {@code CompletableFuture<T>}, boxed; erased
   *     when it mentions the method's type variables ({@code null} for {@link Reply#NONE})
   * @param erased whether some field or the reply had to be erased (the proxy then casts)
   */
  record Message(
      ExecutableElement method,
      ExecutableType signature,
      String className,
      String kindConstant,
      Reply reply,
      TypeName replyType,
      List<Field> fields,
      boolean erased) {}

  /** A message field: one argument of the call. */
  record Field(String name, TypeName type) {}
}
