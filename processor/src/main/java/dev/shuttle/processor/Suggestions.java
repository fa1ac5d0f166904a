package dev.shuttle.processor;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a user most likely meant when an annotation value names nothing: {@code fetchFsat} for
 * {@code fetchFast}. Only a near miss is offered, so a suggestion is a likely fix and never noise:
 * a name that differs only in case, or within a few edits (one per three characters, at most
 * three; swapping two neighbours counts as one edit, as in typing).
 */
public final class Suggestions {
  private static final int MOST_EDITS = 3;

  private Suggestions() {}

  /** The candidate nearest to {@code name}, if one is near enough; ties go to the alphabetically first. */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    int allowed = Math.min(MOST_EDITS, Math.max(1, name.length() / 3));
    return candidates.stream()
        .filter(candidate -> !candidate.equals(name))
        .distinct()
        .map(candidate -> new Scored(candidate, distance(name, candidate)))
        .filter(scored -> scored.edits <= allowed)
        .min(Comparator.comparingInt(Scored::edits).thenComparing(Scored::candidate))
        .map(Scored::candidate);
  }

  /** {@code " Did you mean \"fetchFast\"?"}, or nothing: to append to a problem's first sentence. */
  public static String didYouMean(String name, Collection<String> candidates) {
    return closest(name, candidates).map(candidate -> " Did you mean \"" + candidate + "\"?").orElse("");
  }

  private record Scored(String candidate, int edits) {}

  /**
   * Edits from {@code a} to {@code b}: insertions, deletions, substitutions and swaps of neighbours
   * (optimal string alignment). A change of case alone is free, so {@code FetchFast} is 0 from
   * {@code fetchFast} and still offered.
   */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[x.length() + 1][y.length() + 1];
    for (int i = 0; i <= x.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[x.length()][y.length()];
  }
}
