package dev.shuttle.processor.woven;

import dev.shuttle.processor.Marks;
import dev.shuttle.processor.ProcessorContext;
import static dev.shuttle.processor.GeneratedNames.constantCase;
import static dev.shuttle.processor.RuntimeNames.POOL_SPEC;
import static dev.shuttle.processor.RuntimeNames.TASK_POOL;
import static dev.shuttle.processor.RuntimeNames.TASK_POOLS;
import static dev.shuttle.processor.RuntimeNames.WOVEN_OBJECTS;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.shuttle.Async;
import dev.shuttle.Pool;
import dev.shuttle.Race;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.Identifiers;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.TypeChecks;
import dev.shuttle.processor.ValidationReport;
import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The pools of one woven class, which its {@code @Async} and {@code @Race} methods share: the
 * {@code @Pool}s the class declares (validated), the pools its methods name (resolved), and the
 * members that hold them. Pool declarations are per class, so that a class's generated code
 * depends on that class alone (isolating incremental processing); classes that declare one name
 * the same way share the pool at run time.
 */
final class ClassPools {
  private final TypeElement type;
  private final Map<String, Declaration> declared;
  private final Map<String, PoolRef> used = new LinkedHashMap<>();
  private final Identifiers names;
  private boolean membersAdded;

  /** A {@code @Pool} on the class; {@code config} is null if it makes no sense (already reported). */
  private record Declaration(PoolConfig config, AnnotationOn<Pool> pool) {}

  private ClassPools(TypeElement type, Map<String, Declaration> declared, Identifiers names) {
    this.type = type;
    this.declared = declared;
    this.names = names;
  }

  /**
   * Reads and validates the {@code @Pool}s of {@code type}; every problem goes to {@code report}.
   *
   * @param names allocates the names of the pools' fields and constants
   */
  static ClassPools read(TypeElement type, Identifiers names, ProcessorContext context, ValidationReport report) {
    String typeName = type.getSimpleName().toString();
    Map<String, Declaration> declared = new LinkedHashMap<>();
    for (AnnotationOn<Pool> pool : AnnotationOn.repeatable(type, Pool.class, Pool.List.class, Pool.List::value)) {
      String name = pool.values().name();
      PoolConfig config = PoolConfig.read(pool, report);
      Declaration earlier = declared.get(name);
      if (earlier != null) {
        report.add(config != null && earlier.config() != null && !config.equals(earlier.config())
                ? Problems.poolConfiguredTwoWays(name, typeName, earlier.config().describe(), config.describe())
                : Problems.poolDeclaredTwice(name, typeName),
            pool, Pool::name);
        continue;
      }
      PoolConfig builtIn = PoolConfig.BUILT_IN.get(name);
      if (builtIn != null && config != null && !builtIn.equals(config)) {
        report.add(Problems.poolBuiltInConfiguredAnotherWay(name, builtIn.describe(), config.describe()),
            pool, Pool::name);
        config = null;
      }
      declared.put(name, new Declaration(config, pool));
    }
    warnUnused(type, declared, context, report);
    return new ClassPools(type, declared, names);
  }

  /**
   * The pool that {@code on}, a method's {@code @Async} or {@code @Race}, runs on, named by its
   * {@code pool} member; or {@code null} after reporting that it names no pool.
   */
  <A extends Annotation> PoolRef resolve(AnnotationOn<A> on, Function<A, String> pool, ValidationReport report) {
    String name = pool.apply(on.values());
    PoolConfig config;
    if (declared.containsKey(name)) {
      config = declared.get(name).config();
    } else if (name.isEmpty()) {
      config = PoolConfig.DEFAULT;
    } else if (PoolConfig.BUILT_IN.containsKey(name)) {
      config = PoolConfig.BUILT_IN.get(name);
    } else {
      List<String> names = declared.keySet().stream().filter(n -> !n.isEmpty()).toList();
      report.add(Problems.poolUnknown(on.annotationType(), name, type.getSimpleName().toString(), names), on, pool);
      return null;
    }
    if (config == null) {
      return null; // its @Pool makes no sense, and says so
    }
    return used.computeIfAbsent(name, n -> newRef(n, config));
  }

  private PoolRef newRef(String name, PoolConfig config) {
    if (name.isEmpty()) {
      return new PoolRef(type.getQualifiedName().toString(), config, names.newName("pool"), names.newName("POOL"));
    }
    String field = names.newName(WovenNames.identifier(name) + "Pool");
    return new PoolRef(name, config, field, names.newName(constantCase(field)));
  }

  /**
   * Adds a {@code PoolSpec} constant and a {@code TaskPool} field per pool used. Both the
   * {@code @Async} and the {@code @Race} plan call this; the pools are added once.
   */
  void addMembers(TypeSpec.Builder woven) {
    if (membersAdded) {
      return;
    }
    membersAdded = true;
    for (PoolRef pool : used.values()) {
      woven.addField(FieldSpec.builder(POOL_SPEC, pool.constant(),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(pool.config().initializer())
          .build());
    }
    for (PoolRef pool : used.values()) {
      woven.addField(FieldSpec.builder(TASK_POOL, pool.field(), Modifier.PRIVATE, Modifier.FINAL)
          .initializer(CodeBlock.of("$T.shared($S, $L)", TASK_POOLS, pool.name(), pool.constant()))
          .build());
    }
  }

  /** The {@code WovenObjects.of(...)} of each pool used, for the woven class's {@link ObjectsAccessor}. */
  List<CodeBlock> objects(String className) {
    return used.values().stream()
        .map(pool -> CodeBlock.of("$T.of($N, $S)", WOVEN_OBJECTS, pool.field(), className))
        .toList();
  }

  /** A declared pool that no method names is most likely a mistake: say so (a warning). */
  private static void warnUnused(
      TypeElement type, Map<String, Declaration> declared, ProcessorContext context, ValidationReport report) {
    Set<String> named = new HashSet<>();
    Marks marks = context.marks();
    for (ExecutableElement method : TypeChecks.visibleMethods(context, type)) {
      marks.find(type, method, Async.class).ifPresent(async -> named.add(async.values().pool()));
      marks.find(type, method, Race.class).ifPresent(race -> named.add(race.values().pool()));
    }
    declared.forEach((name, declaration) -> {
      if (!named.contains(name)) {
        report.add(Problems.poolUnused(name, type.getSimpleName().toString()), declaration.pool());
      }
    });
  }
}
