package dev.shuttle.processor.fuzz;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens the qualified names in one file's code to simple names where that is safe, and
 * collects the imports that takes. Cases are written with qualified names throughout; a name stays
 * qualified when the case declares a type (or type variable) of the same simple name, which would
 * shadow it, or when another import already took the simple name.
 */
final class Imports {
  /** A qualified type name: lower-case package segments, then the type's upper-case name. */
  private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:[a-z][a-z0-9_]*\\.)+)([A-Z][A-Za-z0-9_]*)");

  private final String packageName;
  private final Set<String> declared;
  private final Map<String, String> imported = new TreeMap<>();

  /**
   * @param declared the simple names of every type and type variable the case declares; each is
   *     declared once, so a user type's own qualified name may always be shortened
   */
  Imports(String packageName, Set<String> declared) {
    this.packageName = packageName;
    this.declared = declared;
  }

  String shorten(String code) {
    Matcher m = QUALIFIED.matcher(code);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = isCall(code, m) ? m.group() : simpleIfSafe(m.group(1), m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(name));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Whether the match is a call on a variable ({@code peer.PUT(null)}), not a type: a qualified
   * type is followed by {@code (} only where it is created or annotates.
   */
  private static boolean isCall(String code, Matcher m) {
    String before = code.substring(0, m.start());
    return m.end() < code.length() && code.charAt(m.end()) == '(' && !before.endsWith("new ") && !before.endsWith("@");
  }

  /** The import lines, sorted. */
  String lines() {
    StringBuilder out = new StringBuilder();
    imported.values().stream().sorted().forEach(name -> out.append("import ").append(name).append(";\n"));
    return out.toString();
  }

  private String simpleIfSafe(String packagePrefix, String simple) {
    String pkg = packagePrefix.substring(0, packagePrefix.length() - 1);
    String qualified = pkg + "." + simple;
    if (pkg.equals(packageName)) {
      return simple; // the case's own type: declared once, so never shadowed
    }
    if (declared.contains(simple)) {
      return qualified;
    }
    if (pkg.equals("java.lang")) {
      return simple;
    }
    String taken = imported.putIfAbsent(simple, qualified);
    return taken == null || taken.equals(qualified) ? simple : qualified;
  }
}
