package dev.shuttle.processor;

import java.util.List;

/**
 * Every message the processor prints, in one place (MapStruct's {@code Message}). Each says what
 * is wrong and how to fix it. Tests assert on these texts.
 */
public final class Messages {
  private Messages() {}

  // ---- shared by the patterns

  public static String notAClass(String annotation, String kind, String type) {
    return annotation + " must be on a class, but " + type + " is " + article(kind) + " " + kind
        + ". Put " + annotation + " on a concrete class.";
  }

  public static String mustNotBeAbstract(String annotation, String type, String why) {
    return annotation + " class " + type + " must not be abstract: " + why + ". Make it concrete.";
  }

  public static String mustNotBeInner(String annotation, String type, String why) {
    return annotation + " class " + type + " is an inner (non-static) class: " + why + ". Make it static.";
  }

  public static String mustNotBePrivate(String annotation, String type, String generated) {
    return annotation + " class " + type + " is private (or nested in a private class), so the generated "
        + generated + " cannot see it. Make it package-private or public.";
  }

  public static String genericNotSupported(String annotation, String type) {
    return annotation + " class " + type + " is generic, which " + annotation + " does not support yet. "
        + "Put " + annotation + " on a non-generic subclass instead (e.g. class IntBox extends Box<Integer>).";
  }

  public static String generatedNameTaken(String annotation, String type, String generated) {
    return annotation + " class " + type + " would generate " + generated + ", but a type named " + generated
        + " already exists. Rename one of them.";
  }

  // ---- @Actor

  public static String actorMailboxNegative(int value) {
    return "@Actor(mailbox = " + value + "): the mailbox capacity must be 0 (unbounded) or a positive number of messages.";
  }

  public static String actorThroughputNegative(int value) {
    return "@Actor(throughput = " + value + "): messages per turn must be 0 (the runtime default) or positive.";
  }

  public static String actorOverflowUnbounded() {
    return "@Actor(overflow = ...) has no effect with an unbounded mailbox. Set mailbox = N as well, or remove overflow.";
  }

  public static String actorReservedName(String method, String type, String generated, String purpose) {
    return "Public method " + method + "() of @Actor class " + type + " clashes with " + generated + "." + method
        + "(), which Shuttle generates to " + purpose + ". Rename the method or make it non-public.";
  }

  public static String actorNoMessages(String type, String generated) {
    return "@Actor class " + type + " has no public instance method, so " + generated
        + " accepts no message. Make the methods callers should send public.";
  }

  public static String onFailureOutsideActor(String method, String type) {
    return "@OnFailure method " + method + " is in " + type + ", which is not an @Actor. "
        + "Put @Actor on " + type + " or remove @OnFailure.";
  }

  public static String onFailureSignature(String method) {
    return "@OnFailure method " + method + " must be a non-private instance method that takes one Throwable "
        + "and returns void, e.g. void failed(Throwable error).";
  }

  public static String onFailureDuplicate(String type, List<String> methods) {
    return "@Actor class " + type + " has more than one @OnFailure method (" + String.join(", ", methods)
        + "). Keep one.";
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }
}
