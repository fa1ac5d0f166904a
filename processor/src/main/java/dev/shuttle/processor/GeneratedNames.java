package dev.shuttle.processor;

import com.palantir.javapoet.ClassName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Names of generated types. A generated type is top level, in the user type's package; a nested
 * user type is flattened with {@code _}: {@code Outer.Foo} gives {@code Outer_FooActor} and
 * {@code ConcurrentOuter_Foo}.
 */
public final class GeneratedNames {
  /** What every pattern calls the user's instance it wraps: a field, or a parameter that takes it. */
  public static final String TARGET = "target";

  /**
   * The most bytes one file name may have: 255 on ext4, XFS, APFS and NTFS (in UTF-8 on the first
   * ones). javac fails to write a longer one with an I/O error that names no element, so each name is
   * checked ({@link FileNameLimit}) before anything is written.
   */
  public static final int MAX_FILE_NAME_BYTES = 255;

  private GeneratedNames() {}

  public static ClassName generatedName(TypeElement type, String prefix, String suffix) {
    return ClassName.get(packageOf(type).getQualifiedName().toString(), prefix + flatName(type) + suffix);
  }

  /** {@code Outer_Foo} for {@code Outer.Foo}. */
  public static String flatName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return name.toString();
  }

  /**
   * The class file javac writes for the generated class {@code name}, the longest name of its files
   * ({@code .class} is a character longer than {@code .java}): a nested class's file is named
   * after its binary name, {@code FooActor$PutMessage.class}.
   */
  public static String classFileName(ClassName name) {
    return String.join("$", name.simpleNames()) + ".class";
  }

  public static int fileNameBytes(String fileName) {
    return fileName.getBytes(StandardCharsets.UTF_8).length;
  }

  public static PackageElement packageOf(Element element) {
    Element e = element;
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return (PackageElement) e;
  }

  /**
   * What tells overloads apart in generated names, one per method in order: {@code ""} for the
   * first method of a name, then {@code "2"}, {@code "3"}... ({@code put}, {@code put2}).
   */
  public static List<String> overloadSuffixes(List<? extends ExecutableElement> methods) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> suffixes = new ArrayList<>();
    for (ExecutableElement method : methods) {
      int overload = seen.merge(method.getSimpleName().toString(), 1, Integer::sum);
      suffixes.add(overload == 1 ? "" : String.valueOf(overload));
    }
    return suffixes;
  }

  /** {@code fooBar} to {@code FooBar}. */
  public static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code fooBar} to {@code FOO_BAR}. */
  public static String constantCase(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }
}
