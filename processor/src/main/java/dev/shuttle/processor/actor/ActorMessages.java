package dev.shuttle.processor.actor;

import static dev.shuttle.processor.GeneratedNames.capitalize;
import static dev.shuttle.processor.GeneratedNames.constantCase;

import dev.shuttle.processor.GeneratedNames;
import dev.shuttle.processor.Identifiers;
import dev.shuttle.processor.ProcessorContext;
import dev.shuttle.processor.TypeChecks;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Decides each actor method's message: class and constant names, reply kind, field types. */
final class ActorMessages {
  private final ProcessorContext context;

  ActorMessages(ProcessorContext context) {
    this.context = context;
  }

  /**
   * @param type the actor's class, whose members {@code methods} are (declared or inherited)
   * @param names allocates each message's class and kind constant, apart from each other and the user's names
   */
  List<ActorModel.Message> of(TypeElement type, List<ExecutableElement> methods, Identifiers names) {
    List<String> suffixes = GeneratedNames.overloadSuffixes(methods); // put, put2, put3 ...
    List<ActorModel.Message> messages = new ArrayList<>();
    for (int i = 0; i < methods.size(); i++) {
      ExecutableElement method = methods.get(i);
      String name = method.getSimpleName().toString();
      String suffix = suffixes.get(i);
      ExecutableType signature = TypeChecks.memberSignature(context, type, method);
      messages.add(message(method, signature, names.newName(capitalize(name) + suffix + "Message"),
          names.newName(constantCase(name) + (suffix.isEmpty() ? "" : "_" + suffix))));
    }
    return messages;
  }

  private ActorModel.Message message(
      ExecutableElement method, ExecutableType signature, String className, String kindConstant) {
    boolean erased = false;
    List<ActorModel.Field> fields = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      TypeMirror type = signature.getParameterTypes().get(i);
      if (TypeChecks.mentionsTypeVariable(type)) { // only the method's own: the class is not generic
        type = context.types().erasure(type);
        erased = true;
      }
      fields.add(new ActorModel.Field(method.getParameters().get(i).getSimpleName().toString(), context.typeNames().get(type, method)));
    }
    TypeMirror returned = signature.getReturnType();
    if (returned.getKind() == TypeKind.VOID) {
      return new ActorModel.Message(
          method, signature, className, kindConstant, ActorModel.Reply.NONE, null, fields, erased);
    }
    ActorModel.Reply reply = ActorModel.Reply.VALUE;
    TypeMirror replyType = returned;
    if (TypeChecks.isStage(returned)) { // the proxy flattens it
      reply = ActorModel.Reply.STAGE;
      replyType = stageValueType((DeclaredType) returned);
    }
    if (TypeChecks.mentionsTypeVariable(replyType)) {
      replyType = context.types().erasure(replyType);
      erased = true;
    }
    return new ActorModel.Message(
        method, signature, className, kindConstant, reply, context.typeNames().get(replyType, method).box(), fields, erased);
  }

  /** The {@code T} of a stage; {@code Object} for a raw one, the bound for {@code ? extends T}. */
  private TypeMirror stageValueType(DeclaredType stage) {
    TypeMirror object = context.elements().getTypeElement(Object.class.getCanonicalName()).asType();
    if (stage.getTypeArguments().isEmpty()) {
      return object;
    }
    TypeMirror value = stage.getTypeArguments().get(0);
    if (value instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : object;
    }
    return value;
  }
}
