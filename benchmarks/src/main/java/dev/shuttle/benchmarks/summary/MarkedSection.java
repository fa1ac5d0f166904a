package dev.shuttle.benchmarks.summary;

/** The part of a document between two marker comments, which a full run rewrites. */
final class MarkedSection {
  static final String BEGIN = "<!-- compare-all.sh writes from here -->";
  static final String END = "<!-- compare-all.sh writes up to here -->";

  static String replace(String document, String content) {
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin < 0 || end < begin || document.indexOf(BEGIN, begin + 1) >= 0) {
      throw new IllegalArgumentException("the document needs the lines " + BEGIN + " and " + END + ", once each, in that order");
    }
    return document.substring(0, begin + BEGIN.length()) + "\n" + content + document.substring(end);
  }

  private MarkedSection() {}
}
