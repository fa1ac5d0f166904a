package dev.shuttle.processor.woven;

import static dev.shuttle.processor.RuntimeNames.POOL_SPEC;
import static dev.shuttle.processor.RuntimeNames.TASK_POOL;
import static dev.shuttle.processor.RuntimeNames.TASK_POOLS;

import static dev.shuttle.processor.AnnotationMirrors.explicitValue;
import static dev.shuttle.processor.GeneratedNames.constantCase;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The pools of one woven class, which its {@code @Async} and {@code @Race} methods share: the
 * {@code @Pool}s the class declares (validated), the pools its methods name (resolved), and the
 * members that hold them. Pool declarations are per class, so that a class's generated code
 * depends on that class alone (isolating incremental processing); classes that declare one name
 * the same way share the pool at run time.
 */
final class ClassPools {
  static final String POOL = "dev.shuttle.Pool";
  static final String POOL_LIST = "dev.shuttle.Pool.List";

  private final WovenType type;
  private final Map<String, Declaration> declared;
  private final Map<String, PoolRef> used = new LinkedHashMap<>();
  private final Set<String> memberNames = new HashSet<>();
  private boolean membersAdded;

  /** A {@code @Pool} on the class; {@code config} is null if it makes no sense (already reported). */
  private record Declaration(PoolConfig config, AnnotationMirror mirror) {}

  private ClassPools(WovenType type, Map<String, Declaration> declared) {
    this.type = type;
    this.declared = declared;
  }

  /** Reads and validates the class's {@code @Pool}s; every problem goes to {@code report}. */
  static ClassPools read(WovenType type, ValidationReport report) {
    Elements elements = type.context().elements();
    Map<String, Declaration> declared = new LinkedHashMap<>();
    for (AnnotationMirror mirror : poolAnnotations(type, elements)) {
      String name = AnnotationMirrors.stringValue(elements, mirror, "name");
      PoolConfig config = PoolConfig.read(type.element(), mirror, elements, report);
      AnnotationValue nameValue = explicitValue(mirror, "name");
      Declaration earlier = declared.get(name);
      if (earlier != null) {
        report.error(config != null && earlier.config() != null && !config.equals(earlier.config())
                ? Messages.poolConfiguredTwoWays(name, type.simpleName(), earlier.config().describe(), config.describe())
                : Messages.poolDeclaredTwice(name, type.simpleName()),
            type.element(), mirror, nameValue);
        continue;
      }
      PoolConfig builtIn = PoolConfig.BUILT_IN.get(name);
      if (builtIn != null && config != null && !builtIn.equals(config)) {
        report.error(Messages.poolBuiltInConfiguredAnotherWay(name, builtIn.describe(), config.describe()),
            type.element(), mirror, nameValue);
        config = null;
      }
      declared.put(name, new Declaration(config, mirror));
    }
    warnUnused(type, declared, report);
    return new ClassPools(type, declared);
  }

  /**
   * The pool a method's {@code @Async} or {@code @Race} ({@code mirror}) runs on, or {@code null}
   * after reporting that it names no pool.
   */
  PoolRef resolve(ExecutableElement method, AnnotationMirror mirror, String annotation, ValidationReport report) {
    String name = AnnotationMirrors.stringValue(type.context().elements(), mirror, "pool");
    PoolConfig config;
    if (declared.containsKey(name)) {
      config = declared.get(name).config();
    } else if (name.isEmpty()) {
      config = PoolConfig.DEFAULT;
    } else if (PoolConfig.BUILT_IN.containsKey(name)) {
      config = PoolConfig.BUILT_IN.get(name);
    } else {
      List<String> names = declared.keySet().stream().filter(n -> !n.isEmpty()).toList();
      report.error(Messages.poolUnknown(annotation, name, type.simpleName(), names), method, mirror,
          explicitValue(mirror, "pool"));
      return null;
    }
    if (config == null) {
      return null; // its @Pool makes no sense, and says so
    }
    return used.computeIfAbsent(name, n -> newRef(n, config));
  }

  private PoolRef newRef(String name, PoolConfig config) {
    if (name.isEmpty()) {
      memberNames.add("pool");
      return new PoolRef(type.element().getQualifiedName().toString(), config, "pool", "POOL");
    }
    String field = WovenNames.unique(memberNames, WovenNames.identifier(name) + "Pool");
    return new PoolRef(name, config, field, constantCase(field));
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

  /** The class's {@code @Pool}s, whether written once or repeated (then Java wraps them in {@code @Pool.List}). */
  private static List<AnnotationMirror> poolAnnotations(WovenType type, Elements elements) {
    List<AnnotationMirror> pools = new ArrayList<>();
    AnnotationMirrors.find(type.element(), POOL).ifPresent(pools::add);
    AnnotationMirrors.find(type.element(), POOL_LIST).ifPresent(list -> {
      for (AnnotationValue pool : AnnotationMirrors.elements(AnnotationMirrors.value(elements, list, "value"))) {
        pools.add((AnnotationMirror) pool.getValue());
      }
    });
    return pools;
  }

  /** A declared pool that no method names is most likely a mistake: say so (a warning). */
  private static void warnUnused(WovenType type, Map<String, Declaration> declared, ValidationReport report) {
    Set<String> named = new HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.element().getEnclosedElements())) {
      for (String annotation : List.of(AsyncGuard.ASYNC, RaceGuard.RACE)) {
        AnnotationMirrors.find(method, annotation).ifPresent(mirror ->
            named.add(AnnotationMirrors.stringValue(type.context().elements(), mirror, "pool")));
      }
    }
    declared.forEach((name, declaration) -> {
      if (!named.contains(name)) {
        report.warning(Messages.poolUnused(name, type.simpleName()), type.element(), declaration.mirror());
      }
    });
  }
}
