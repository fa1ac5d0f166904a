package dev.shuttle.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.shuttle.Actor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * Reports the Shuttle annotations that no processor can see: those inside a method body, a field's
 * initializer or an initializer block (on a local or anonymous class, its members, a lambda's
 * parameter). The round hands a processor only top-level and member types, so without this check
 * such an annotation would generate nothing and say nothing.
 *
 * <p>It runs with javac only, once javac has analysed each class, when local classes have
 * elements; under another compiler, or one that wraps javac's processing environment, those
 * annotations stay unreported.
 */
final class UnseenAnnotations implements TaskListener {
  private static final String SHUTTLE_PACKAGE = Actor.class.getPackageName() + ".";

  private final Trees trees;

  private UnseenAnnotations(Trees trees) {
    this.trees = trees;
  }

  /** Registers the check on the compilation that {@code env} processes, if that is javac's. */
  static void register(ProcessingEnvironment env) {
    JavacTask task;
    try {
      task = JavacTask.instance(env);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return;
    }
    task.addTaskListener(new UnseenAnnotations(Trees.instance(env)));
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null) {
      TreePath type = trees.getPath(event.getTypeElement());
      if (type != null) {
        new Scanner(event.getCompilationUnit()).scan(type, null);
      }
    }
  }

  /** Walks one top-level class, noting whether it is inside a body a processor cannot see into. */
  private final class Scanner extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;
    private int bodyDepth;

    Scanner(CompilationUnitTree unit) {
      this.unit = unit;
    }

    @Override
    public Void visitMethod(MethodTree method, Void unused) {
      scan(method.getModifiers(), null);
      scan(method.getReturnType(), null);
      scan(method.getTypeParameters(), null);
      scan(method.getParameters(), null);
      scan(method.getThrows(), null);
      scan(method.getDefaultValue(), null);
      return inBody(method.getBody());
    }

    @Override
    public Void visitVariable(VariableTree variable, Void unused) {
      scan(variable.getModifiers(), null);
      scan(variable.getType(), null);
      return inBody(variable.getInitializer());
    }

    @Override
    public Void visitBlock(BlockTree block, Void unused) {
      return getCurrentPath().getParentPath().getLeaf() instanceof ClassTree ? inBody(block) : super.visitBlock(block, null);
    }

    private Void inBody(Tree body) {
      bodyDepth++;
      try {
        return scan(body, null);
      } finally {
        bodyDepth--;
      }
    }

    @Override
    public Void visitAnnotation(AnnotationTree annotation, Void unused) {
      if (bodyDepth > 0) {
        Element type = trees.getElement(new TreePath(getCurrentPath(), annotation.getAnnotationType()));
        if (type instanceof TypeElement annotationType
            && annotationType.getQualifiedName().toString().startsWith(SHUTTLE_PACKAGE)) {
          report(annotationType, annotation);
          return null; // once: an annotation nested in its values (@Pool in @Async) is part of it
        }
      }
      return super.visitAnnotation(annotation, null);
    }

    /** Reports the annotation on the local or anonymous class, or lambda, that holds it. */
    private void report(TypeElement annotationType, AnnotationTree annotation) {
      String shown = "@" + annotationType.getQualifiedName().toString().substring(SHUTTLE_PACKAGE.length());
      for (TreePath path = getCurrentPath(); path != null; path = path.getParentPath()) {
        Tree leaf = path.getLeaf();
        if (leaf instanceof LambdaExpressionTree) {
          print(Problems.annotationNoProcessorSees(shown, null, null), annotation);
          return;
        }
        if (leaf instanceof ClassTree && trees.getElement(path) instanceof TypeElement type
            && type.getNestingKind() != NestingKind.MEMBER) { // a member of a local class: the local one says why
          String name = type.getNestingKind() == NestingKind.ANONYMOUS ? null : type.getSimpleName().toString();
          print(Problems.annotationNoProcessorSees(shown, type.getKind(), name), annotation);
          return;
        }
      }
    }

    private void print(Problem problem, AnnotationTree annotation) {
      trees.printMessage(problem.kind(), problem.text(), annotation, unit);
    }
  }
}
