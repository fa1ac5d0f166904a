package dev.shuttle.processor.fuzz;

import dev.shuttle.processor.fuzz.CaseContext.Param;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Statements for the bodies of a case's actor classes that use what Shuttle generates for an actor
 * ({@code FooActor.self()}, its messages, views and lifecycle, {@code spawn}) and what the runtime
 * gives actor code ({@code Actors.pipeToSelf}, the timers, {@code Actors.child}), and that send to
 * the actors the method's parameters refer to. Each generated member a statement calls goes on the
 * stand-in of its type ({@link CaseContext#standIn}), so that the case compiles without the processor.
 */
final class ActorCalls {
  private static final String ACTORS = "dev.shuttle.runtime.actor.Actors";
  private static final String FUTURE = "java.util.concurrent.CompletableFuture";
  private static final String DURATION = "java.time.Duration";
  /** Names a stand-in's message method must not take: Object's, whose return types it would clash with. */
  private static final Set<String> OBJECT_METHODS = Set.of(
      "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /**
   * A generated actor type, as far as the case's code may use it.
   *
   * @param type its qualified name, {@code fuzz.RoomActor}
   * @param sendTimeout whether it has {@code withSendTimeout} (a bounded mailbox that blocks)
   * @param spawn how to spawn one ({@code null}: the case cannot from here)
   * @param messages messages the case may send it through a reference
   */
  record Api(String type, boolean sendTimeout, Spawn spawn, List<Message> messages) {
    /** {@code fuzz.RoomActor} a reference to which the case holds, with no more known about it. */
    static Api reference(String type) {
      return new Api(type, false, null, List.of());
    }
  }

  /**
   * What {@code spawn} takes: a new {@code behaviour}, or, for a {@code RESTART} actor, a factory of them.
   *
   * @param behaviour the class the actor runs, with a no-argument constructor the case may call
   */
  record Spawn(String behaviour, boolean restarts) {}

  /** A message the case may send: its name, parameter types, and whether it is an ask. */
  record Message(String name, List<Ty> parameters, boolean ask) {
    /** Whether a stand-in may declare it (as {@code CompletableFuture<Object> name(Object...)}) next to the rest. */
    boolean standsIn() {
      return !OBJECT_METHODS.contains(name) && !NamePool.ACTOR_API.contains(name);
    }
  }

  private final CaseContext c;
  private final List<Api> known;

  /** @param known the generated actor types whose references the methods' parameters may be */
  ActorCalls(CaseContext context, List<Api> known) {
    this.c = context;
    this.known = List.copyOf(known);
  }

  /**
   * Up to three statements for a method of the actor class behind {@code self}: {@code current} is
   * the method itself when it is one of the actor's messages (it may then send itself to itself),
   * or {@code null}. Nothing where a parameter {@code dev} would obscure the runtime's package.
   */
  String statements(Api self, Message current, List<Param> params) {
    if (params.stream().anyMatch(p -> p.name().equals("dev"))) {
      return "";
    }
    Set<String> taken = params.stream().map(Param::name).collect(Collectors.toCollection(HashSet::new));
    taken.add("dev");
    List<Supplier<String>> choices = new ArrayList<>();
    choices.add(() -> lifecycle(self, selfOf(self)));
    choices.add(() -> timer(self));
    if (current != null && current.standsIn()) {
      String args = params.stream().map(Param::name).collect(Collectors.joining(", "));
      choices.add(() -> send(self, selfOf(self), current, args) + ";\n");
      if (self.sendTimeout()) {
        choices.add(() -> send(self, view(self, "withSendTimeout", DURATION + ".ofMillis(10)"), current, args) + ";\n");
      }
      if (current.ask()) {
        choices.add(() -> send(self, view(self, "withAskTimeout", DURATION + ".ofSeconds(1)"), current, args) + ";\n");
        choices.add(() -> pipe(send(self, selfOf(self), current, args), taken));
      }
    }
    choices.add(() -> pipe(FUTURE + ".completedFuture(\"x\")", taken));
    for (Api api : known) {
      if (api.spawn() != null) {
        choices.add(() -> child(api, taken));
      }
    }
    for (Param param : params) {
      for (Api api : known) {
        if (param.type().code().equals(api.type())) {
          choices.add(() -> lifecycle(api, param.name()));
          api.messages().stream().filter(Message::standsIn).forEach(message -> {
            choices.add(() -> send(api, param.name(), message, zeros(message)) + ";\n");
            if (message.ask()) {
              choices.add(() -> pipe(send(api, param.name(), message, zeros(message)), taken));
            }
          });
        } else if (param.type().code().equals("java.util.List<" + api.type() + ">")) {
          choices.add(() -> param.name() + ".forEach(" + api.type() + "::" + stop(api) + ");\n");
        }
      }
    }
    StringBuilder out = new StringBuilder();
    int count = 1 + c.below(3);
    for (int i = 0; i < count; i++) {
      out.append("  ").append(c.pick(choices).get());
    }
    return out.toString();
  }

  /** {@code fuzz.FooActor.self()}. */
  private String selfOf(Api api) {
    c.standIn(api.type(), "public static " + api.type() + " self() { return null; }");
    return api.type() + ".self()";
  }

  /** {@code fuzz.FooActor.self().withAskTimeout(java.time.Duration.ofSeconds(1))}. */
  private String view(Api api, String name, String timeout) {
    c.standIn(api.type(), "public " + api.type() + " " + name + "(" + DURATION + " timeout) { return null; }");
    return selfOf(api) + "." + name + "(" + timeout + ")";
  }

  /** {@code on.name(args)}, an expression. */
  private String send(Api api, String on, Message message, String args) {
    String params = IntStream.range(0, message.parameters().size()).mapToObj(i -> "java.lang.Object a" + i)
        .collect(Collectors.joining(", "));
    c.standIn(api.type(), "public " + FUTURE + "<java.lang.Object> " + message.name() + "(" + params + ") { return null; }");
    return on + "." + message.name() + "(" + args + ")";
  }

  /** {@code stop}, or another lifecycle method of the same shape, which the stand-in then declares. */
  private String stop(Api api) {
    String name = c.pick("stop", "termination");
    c.standIn(api.type(), "public " + FUTURE + "<java.lang.Void> " + name + "() { return null; }");
    return name;
  }

  private String lifecycle(Api api, String on) {
    if (c.chance(25)) {
      boolean size = c.chance(50);
      c.standIn(api.type(), size ? "public long mailboxSize() { return 0L; }"
          : "public java.lang.Object stats() { return null; }");
      return on + (size ? ".mailboxSize();\n" : ".stats();\n");
    }
    return on + "." + stop(api) + "();\n";
  }

  /** A timer of the running actor: started once or periodically, cancelled, or asked about. */
  private String timer(Api self) {
    String key = c.pick("\"tick\"", "\"\"", "java.lang.Integer.valueOf(1)");
    return switch (c.below(4)) {
      case 0 -> ACTORS + ".startTimer(" + key + ", " + DURATION + ".ofMillis(5), " + action(self) + ");\n";
      case 1 -> ACTORS + ".startPeriodicTimer(" + key + ", " + DURATION + ".ofSeconds(1), " + action(self) + ");\n";
      case 2 -> ACTORS + ".cancelTimer(" + key + ");\n";
      default -> ACTORS + ".isTimerActive(" + key + ");\n";
    };
  }

  /** A {@code Runnable} for a timer: nothing, or stop the actor. */
  private String action(Api self) {
    return c.chance(50) ? "() -> { }" : "() -> " + selfOf(self) + "." + stop(self) + "()";
  }

  /** {@code Actors.pipeToSelf(stage, (value, failure) -> ...)}, with names free in the method. */
  private String pipe(String stage, Set<String> taken) {
    Set<String> names = new HashSet<>(taken);
    String value = c.variableName(names);
    String failure = c.variableName(names);
    String then = c.chance(50) ? "{ }" : "java.util.Objects.requireNonNullElse(" + failure + ", " + value + ")";
    return ACTORS + ".pipeToSelf(" + stage + ", (" + value + ", " + failure + ") -> " + then + ");\n";
  }

  /** {@code Actors.child(fuzz.PeerActor.spawn(new fuzz.Peer()), fuzz.PeerActor::stop)}. */
  private String child(Api api, Set<String> taken) {
    Spawn spawn = api.spawn();
    String argument = spawn.restarts() ? spawn.behaviour() + "::new" : "new " + spawn.behaviour() + "()";
    c.standIn(api.type(), "public static " + api.type() + " spawn("
        + (spawn.restarts() ? "java.util.function.Supplier<?> factory" : "java.lang.Object behaviour") + ") { return null; }");
    String name = c.variableName(new HashSet<>(taken));
    String stop = c.chance(50) ? api.type() + "::" + stop(api) : name + " -> " + name + "." + stop(api) + "()";
    return ACTORS + ".child(" + api.type() + ".spawn(" + argument + "), " + stop + ");\n";
  }

  /** The message's arguments: each parameter type's zero. */
  private static String zeros(Message message) {
    return message.parameters().stream().map(Ty::zero).collect(Collectors.joining(", "));
  }
}
