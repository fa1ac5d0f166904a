package dev.shuttle.processor.woven;

/** Names of the members guards add to a woven class. */
final class WovenNames {
  private WovenNames() {}

  /** A camelCase Java identifier for a free-form name: {@code "thumbs-io"} gives {@code thumbsIo}. */
  static String identifier(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        out.append(upper && out.length() > 0 ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
      out.insert(0, out.length() == 0 ? "unnamed" : "n");
    }
    out.setCharAt(0, Character.toLowerCase(out.charAt(0)));
    return out.toString();
  }
}
