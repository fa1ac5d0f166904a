package dev.shuttle.processor.fuzz;

import dev.shuttle.processor.fuzz.CaseContext.Param;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a case's second {@code @Actor} class, a peer of the subject: it keeps references to a
 * type the subject generates (or to its own generated type), answers asks with them, and hands
 * out its own, so that two generated actor types may name each other (a room keeps its
 * {@code MemberActor}s, a member its {@code RoomActor}). Its settings and names are valid: the
 * subject is where refusals are drawn.
 */
final class PeerWriter {
  private static final String SHUTTLE = "dev.shuttle.";
  private static final String FUTURE = "java.util.concurrent.CompletableFuture";

  /** The class written, and how the subject's code may use its generated actor. */
  record Peer(JavaClass type, ActorCalls.Api api) {}

  private final CaseContext c;

  PeerWriter(CaseContext context) {
    this.c = context;
  }

  /**
   * @param subjectType a type the subject generates that the peer may name, or {@code null}
   * @param subjectActor the subject's generated actor type, if that is one; else {@code null}
   */
  Peer write(String subjectType, String subjectActor) {
    String name = c.declareType(NamePool.PEER_NAMES, "Peer");
    String qualified = CaseContext.PACKAGE + "." + name;
    String generated = qualified + "Actor";
    c.mention(generated);
    JavaClass peer = new JavaClass(qualified, "public class " + name);
    AnnotationCode actor = new AnnotationCode(SHUTTLE + "Actor");
    boolean restarts = c.chance(30);
    if (restarts) {
      actor.with("onFailure", SHUTTLE + "FailurePolicy.RESTART");
    }
    boolean blocks = c.chance(25);
    if (blocks) {
      actor.with("mailbox", "16");
    }
    peer.annotate(actor.code());
    String known = subjectType != null ? subjectType : generated;
    Set<String> fieldNames = new HashSet<>(Set.of("dev")); // would obscure the runtime's package in the bodies
    String field = c.variableName(fieldNames);
    peer.field(field, "private final java.util.List<" + known + "> " + field + " = new java.util.ArrayList<>();\n");

    ActorCalls.Api self = new ActorCalls.Api(generated, blocks, new ActorCalls.Spawn(qualified, restarts), List.of());
    List<ActorCalls.Api> others = subjectActor == null ? List.of() : List.of(ActorCalls.Api.reference(subjectActor));
    ActorCalls calls = new ActorCalls(c, others);
    List<ActorCalls.Message> messages = new ArrayList<>();
    Ty knownType = Ty.reference(known);
    List<String> kinds = new ArrayList<>(List.of("keep", "count", "self", "first"));
    int count = 2 + c.below(3);
    for (int i = 0; i < count && !kinds.isEmpty(); i++) {
      String kind = kinds.remove(c.below(kinds.size()));
      Set<String> taken = new HashSet<>(fieldNames);
      List<Param> params = switch (kind) {
        case "keep" -> List.of(new Param(knownType, c.variableName(taken)));
        case "first" -> List.of(new Param(Ty.primitive("int", "0"), c.variableName(taken)));
        default -> List.of();
      };
      String returns = switch (kind) {
        case "keep" -> "void";
        case "count" -> "int";
        case "self" -> generated;
        default -> FUTURE + "<" + known + ">";
      };
      String result = switch (kind) {
        case "keep" -> "  " + field + ".add(" + params.get(0).name() + ");\n";
        case "count" -> "  return " + field + ".size();\n";
        case "self" -> "  return " + generated + ".self();\n";
        default -> "  return " + FUTURE + ".completedFuture(" + field + ".isEmpty() ? null : " + field + ".get(0));\n";
      };
      if (kind.equals("self")) {
        c.standIn(generated, "public static " + generated + " self() { return null; }");
      }
      String method = messageName(peer, params);
      ActorCalls.Message message = new ActorCalls.Message(method, CaseContext.types(params), !returns.equals("void"));
      String statements = c.chance(35) ? calls.statements(self, message, params) : "";
      peer.method(method, CaseContext.types(params), CaseContext.method(List.of(), "public", returns, method, params, "",
          statements + result));
      messages.add(message);
    }
    c.addUserType(Ty.reference(generated));
    c.addUserType(Ty.reference(c.pick("java.util.List<", FUTURE + "<", "java.util.Optional<") + generated + ">"));
    return new Peer(peer, new ActorCalls.Api(generated, blocks, self.spawn(), messages));
  }

  /** A name for a message, unlike the peer's others (so a call with {@code null}s picks one) and the generated API's. */
  private String messageName(JavaClass peer, List<Param> params) {
    List<String> used = new ArrayList<>();
    while (true) {
      String name = c.methodName(peer, CaseContext.types(params), used);
      if (!NamePool.ACTOR_API.contains(name) && !peer.methodNames().contains(name)) {
        return name;
      }
    }
  }
}
