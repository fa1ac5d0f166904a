package dev.shuttle.processor.woven;

import static dev.shuttle.processor.RuntimeNames.READ_MOSTLY_HOLD;
import static dev.shuttle.processor.RuntimeNames.READ_MOSTLY_LOCK;
import static dev.shuttle.processor.RuntimeNames.WOVEN_OBJECTS;

import dev.shuttle.LockStrategy;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shuttle.processor.ProcessorContext;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * The {@code @ReadMostly} guard of one class: one {@code ReadMostlyLock} per instance, entered
 * and left around the body of each public method in {@code try/finally}.
 */
final class ReadMostlyPlan implements GuardPlan {
  private static final ClassName LOCK_STRATEGY = ClassName.get(LockStrategy.class);

  private final WovenType type;
  private final LockStrategy strategy;
  private final Map<ExecutableElement, ReadMostlyGuard.Mode> modes;
  private final ProcessorContext context;
  /** The {@code ReadMostlyLock} field: {@code lock}. */
  private final String lock;

  ReadMostlyPlan(WovenType type, LockStrategy strategy, Map<ExecutableElement, ReadMostlyGuard.Mode> modes,
      ProcessorContext context) {
    this.type = type;
    this.lock = type.names().newName("lock");
    this.strategy = strategy;
    this.modes = modes;
    this.context = context;
  }

  @Override
  public boolean guards(ExecutableElement method) {
    return modes.containsKey(method);
  }

  @Override
  public void addMembers(TypeSpec.Builder woven) {
    woven.addField(FieldSpec.builder(READ_MOSTLY_LOCK, lock, Modifier.PRIVATE, Modifier.FINAL)
        .initializer("$T.create($T.$L, $S)", READ_MOSTLY_LOCK, LOCK_STRATEGY, strategy, type.simpleName())
        .build());
  }

  @Override
  public List<CodeBlock> objects(String className) {
    return List.of(CodeBlock.of("$T.of($N, $S)", WOVEN_OBJECTS, lock, className));
  }

  @Override
  public CodeBlock describe(ExecutableElement method) {
    return switch (modes.get(method)) {
      case READ -> CodeBlock.of("{@code @Read}: holds the read lock, alongside other readers, never alongside a writer.\n");
      case OPTIMISTIC_READ -> CodeBlock.of(
          "{@code @Read(optimistic = true)}: runs without the lock, and again under the read lock if a write\n"
              + "intervened (or the lock-free run threw).\n");
      case WRITE -> CodeBlock.of("{@code @Write}: holds the write lock, alone.\n");
      case UNMARKED -> CodeBlock.of(
          "Neither {@code @Read} nor {@code @Write}: holds the write lock, alone (the safe default).\n");
    };
  }

  @Override
  public CallCode wrap(WovenMethod method, CallCode inner) {
    ReadMostlyGuard.Mode mode = modes.get(method.element());
    boolean read = mode == ReadMostlyGuard.Mode.READ || mode == ReadMostlyGuard.Mode.OPTIMISTIC_READ;
    CodeBlock locked = locked(method, read, inner.statements());
    return CallCode.statements(mode == ReadMostlyGuard.Mode.OPTIMISTIC_READ ? optimisticFirst(method, locked) : locked);
  }

  /** {@code enter; try { inner } finally { exit; }}, interruptible if the method may throw InterruptedException. */
  private CodeBlock locked(WovenMethod method, boolean read, CodeBlock inner) {
    String hold = method.local("hold");
    String kind = read ? "Read" : "Write";
    String enter = method.declaresInterruptedException(context.types(), context.elements())
        ? "enter" + kind + "Interruptibly" : "enter" + kind;
    return CodeBlock.builder()
        .addStatement("$T $L = $N.$L($S)", READ_MOSTLY_HOLD, hold, lock, enter, type.simpleName() + "." + method.name())
        .beginControlFlow("try")
        .add(inner)
        .nextControlFlow("finally")
        .addStatement("$N.exit$L($L)", lock, kind, hold)
        .endControlFlow()
        .build();
  }

  /**
   * The optimistic attempt runs the original body directly (only the lock-free shape guards
   * could sit below, and they make no sense on a read); the locked path is the fallback. What the
   * attempt throws counts only if no write intervened: a torn read may throw anything, an error or
   * a checked exception included.
   */
  private CodeBlock optimisticFirst(WovenMethod method, CodeBlock locked) {
    String stamp = method.local("stamp");
    String result = method.local("result");
    String tornRead = method.local("tornRead");
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("long $L = $N.tryOptimisticRead()", stamp, lock)
        .beginControlFlow("if ($L != $T.NO_STAMP)", stamp, READ_MOSTLY_LOCK)
        .beginControlFlow("try");
    if (method.returnsVoid()) {
      code.addStatement("super.$L($L)", method.name(), method.arguments())
          .beginControlFlow("if ($N.validate($L))", lock, stamp)
          .addStatement("return")
          .endControlFlow();
    } else {
      code.addStatement("$T $L = super.$L($L)", returnType(method), result, method.name(), method.arguments())
          .beginControlFlow("if ($N.validate($L))", lock, stamp)
          .addStatement("return $L", result)
          .endControlFlow();
    }
    return code
        .nextControlFlow("catch ($T $L)", Throwable.class, tornRead)
        .beginControlFlow("if ($N.validate($L))", lock, stamp)
        .addStatement("throw $L", tornRead)
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .add("// A write intervened: what the body saw may be torn, so read again under the lock.\n")
        .add(locked)
        .build();
  }

  /** The return type as seen from the woven class (type variables of the class resolved). */
  private TypeName returnType(WovenMethod method) {
    return type.typeName(type.signature(method.element()).getReturnType());
  }
}
