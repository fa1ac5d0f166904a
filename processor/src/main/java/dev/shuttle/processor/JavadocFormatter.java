package dev.shuttle.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills the paragraphs of every Javadoc comment in a generated file to {@value #MAX_COLUMNS}
 * columns. Generators write each paragraph with whatever line breaks read best in their own
 * source; this decides the breaks once, for every pattern, knowing how deep each comment is
 * indented.
 *
 * <p>A paragraph ends at a blank line and before a line that opens with {@code <} (such as
 * {@code <p>}) or with a block tag ({@code @return}); a block tag's continuation lines are
 * indented by four spaces, and a blank line separates the first block tag from the text above.
 * An inline tag ({@code {@code ...}}, {@code {@link ...}}) is never split. {@code <pre>} blocks
 * are kept as they are.
 */
public final class JavadocFormatter {
  static final int MAX_COLUMNS = 100;
  private static final String TAG_CONTINUATION = "    ";

  private JavadocFormatter() {}

  /** {@code source} with each Javadoc comment refilled; everything else is unchanged. */
  public static String format(String source) {
    String[] lines = source.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      out.add(lines[i]);
      if (lines[i].strip().equals("/**")) {
        String indent = lines[i].substring(0, lines[i].indexOf('/'));
        int close = i + 1;
        while (!lines[close].strip().equals("*/")) {
          close++;
        }
        out.addAll(comment(indent, List.of(lines).subList(i + 1, close)));
        i = close - 1;
      }
    }
    return String.join("\n", out);
  }

  /** The body lines of one comment, refilled, each with its {@code " * "} prefix. */
  private static List<String> comment(String indent, List<String> body) {
    int width = MAX_COLUMNS - (indent + " * ").length();
    List<String> text = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    boolean inPre = false;
    boolean sawTag = false;
    for (String line : body) {
      String content = stripPrefix(line, indent);
      if (inPre) {
        text.add(content);
        inPre = !content.contains("</pre>");
      } else if (content.isBlank()) {
        fill(paragraph, width, text);
        text.add("");
      } else if (content.startsWith("<pre>")) {
        fill(paragraph, width, text);
        text.add(content);
        inPre = !content.contains("</pre>");
      } else {
        if (content.startsWith("<") || content.startsWith("@")) {
          fill(paragraph, width, text);
        }
        if (content.startsWith("@") && !sawTag) {
          sawTag = true;
          if (!text.isEmpty() && !text.get(text.size() - 1).isEmpty()) {
            text.add("");
          }
        }
        paragraph.add(content.strip());
      }
    }
    fill(paragraph, width, text);
    List<String> prefixed = new ArrayList<>(text.size());
    for (String line : text) {
      prefixed.add(line.isEmpty() ? indent + " *" : indent + " * " + line);
    }
    return prefixed;
  }

  private static String stripPrefix(String line, String indent) {
    String rest = line.substring(Math.min(line.length(), indent.length())).stripLeading();
    rest = rest.startsWith("*") ? rest.substring(1) : rest;
    return rest.startsWith(" ") ? rest.substring(1) : rest;
  }

  /** Fills {@code paragraph}'s words into lines of at most {@code width}, adds them to {@code out}, and clears it. */
  private static void fill(List<String> paragraph, int width, List<String> out) {
    if (paragraph.isEmpty()) {
      return;
    }
    String continuation = paragraph.get(0).startsWith("@") ? TAG_CONTINUATION : "";
    StringBuilder line = new StringBuilder();
    boolean empty = true;
    for (String word : words(String.join(" ", paragraph))) {
      if (!empty && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
        line.append(continuation);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.add(line.toString());
    paragraph.clear();
  }

  /** Splits at spaces outside braces, so that an inline tag stays in one piece. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' && depth == 0) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        continue;
      }
      depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
      word.append(c);
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
