package dev.shuttle.benchmarks.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One pattern's chart: a bar per comparison from 1 to its median ratio on a log axis (right of 1,
 * Shuttle is faster), a whisker from its lowest to its highest round, coloured by verdict. Plain
 * SVG text; the same rows always give the same bytes.
 */
final class SvgChart {
  private static final int PLOT_WIDTH = 260;
  private static final int VALUE_WIDTH = 130;
  private static final int TOP = 52;
  private static final int ROW = 24;
  /** A generous average width of a character at 12 px, since the text is not measured. */
  private static final double CHAR_WIDTH = 6.6;

  private final StringBuilder svg = new StringBuilder();
  private final double lo;
  private final double hi;
  private final int plotLeft;
  private final int plotRight;
  private final int width;

  private SvgChart(double lo, double hi, int labelWidth, int textWidth) {
    this.lo = lo;
    this.hi = hi;
    this.plotLeft = labelWidth + 16;
    this.plotRight = plotLeft + PLOT_WIDTH;
    this.width = Math.max(plotRight + VALUE_WIDTH, textWidth);
  }

  static String render(String title, String subtitle, List<Row> rows) {
    double lo = 1 / 1.25;
    double hi = 1.25;
    for (Row row : rows) {
      lo = Math.min(lo, row.min());
      hi = Math.max(hi, row.max());
    }
    int longest = rows.stream().mapToInt(row -> row.comparison().label().length()).max().orElse(0);
    int textWidth = (int) Math.ceil(16 + Math.max(title.length() * CHAR_WIDTH * 1.25, subtitle.length() * CHAR_WIDTH));
    SvgChart chart = new SvgChart(niceBelow(lo), niceAbove(hi), (int) Math.ceil(8 + longest * CHAR_WIDTH), textWidth);
    return chart.draw(title, subtitle, rows);
  }

  private String draw(String title, String subtitle, List<Row> rows) {
    int plotBottom = TOP + rows.size() * ROW;
    int height = plotBottom + 58;
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"").append(escape(title))
        .append("\">\n");
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    text(8, 20, "start", "font-size=\"14\" font-weight=\"bold\"", title);
    text(8, 38, "start", "fill=\"#555555\"", subtitle);
    for (int i = 0; i < rows.size(); i++) {
      if (i % 2 == 0) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f4f4\"/>%n",
            TOP + i * ROW, width, ROW));
      }
    }
    for (double tick : ticks()) {
      String stroke = tick == 1 ? "stroke=\"#444444\" stroke-dasharray=\"4 3\"" : "stroke=\"#dddddd\"";
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" %s/>%n",
          x(tick), TOP - 4, x(tick), plotBottom + 4, stroke));
      text(x(tick), plotBottom + 17, "middle", "fill=\"#555555\"", tickLabel(tick));
    }
    for (int i = 0; i < rows.size(); i++) {
      row(rows.get(i), TOP + i * ROW + ROW / 2.0);
    }
    text(plotLeft, plotBottom + 33, "start", "fill=\"#555555\"", "← peer faster");
    text(plotRight, plotBottom + 33, "end", "fill=\"#555555\"", "Shuttle faster →");
    legend(plotBottom + 50);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private void row(Row row, double y) {
    String summary = row.comparison().label() + ": " + Numbers.ratio(row.median()) + " (" + Numbers.range(row)
        + "), " + row.verdict().text;
    svg.append("<g><title>").append(escape(summary)).append("</title>\n");
    text(plotLeft - 8, y + 4, "end", "", row.comparison().label());
    double one = x(1);
    double median = x(row.median());
    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>%n",
        Math.min(one, median), y - 6, Math.max(1, Math.abs(median - one)), colour(row.verdict())));
    double min = x(row.min());
    double max = x(row.max());
    svg.append(String.format(Locale.ROOT,
        "<path d=\"M%.1f %.1fV%.1fM%.1f %.1fH%.1fM%.1f %.1fV%.1f\" stroke=\"#222222\" stroke-width=\"1.5\" fill=\"none\"/>%n",
        min, y - 5, y + 5, min, y, max, max, y - 5, y + 5));
    text(plotRight + 12, y + 4, "start", "", Numbers.ratio(row.median()) + " (" + Numbers.range(row) + ")");
    svg.append("</g>\n");
  }

  private void legend(int y) {
    int x = plotLeft;
    for (Verdict verdict : List.of(Verdict.AHEAD, Verdict.LEVEL, Verdict.BEHIND)) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
          x, y - 9, colour(verdict)));
      text(x + 14, y, "start", "", verdict.text);
      x += 24 + (int) (CHAR_WIDTH * verdict.text.length());
    }
  }

  private void text(double x, double y, String anchor, String attributes, String content) {
    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n",
        x, y, anchor, attributes.isEmpty() ? "" : " " + attributes, escape(content)));
  }

  /** Where a ratio goes on the axis; beyond its ends (past 1000 to 1), at the end. */
  private double x(double ratio) {
    double clamped = Math.max(lo, Math.min(hi, ratio));
    return plotLeft + (Math.log(clamped) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * PLOT_WIDTH;
  }

  /** 1, 2 and 5 times the powers of ten in the axis; only the powers of ten when those are too many. */
  private List<Double> ticks() {
    List<Double> all = new ArrayList<>();
    List<Double> decades = new ArrayList<>();
    for (double v : niceValues()) {
      if (v >= lo * 0.999 && v <= hi * 1.001) {
        all.add(v);
        if (isPowerOfTen(v)) {
          decades.add(v);
        }
      }
    }
    return all.size() <= 7 ? all : decades;
  }

  private static boolean isPowerOfTen(double v) {
    double exponent = Math.log10(v);
    return Math.abs(exponent - Math.rint(exponent)) < 1e-9;
  }

  private static String tickLabel(double tick) {
    String label = tick >= 1 ? String.format(Locale.ROOT, "%.0f", tick) : String.valueOf(tick);
    return label + "×";
  }

  private static String colour(Verdict verdict) {
    return switch (verdict) {
      case AHEAD -> "#2e7d32";
      case BEHIND -> "#c62828";
      case LEVEL -> "#9e9e9e";
      case ONE_ROUND -> "#b0bec5";
    };
  }

  /** 0.001, 0.002, 0.005, 0.01, ... 5000: where the axis may start and end. */
  private static List<Double> niceValues() {
    List<Double> values = new ArrayList<>();
    for (int exponent = -3; exponent <= 3; exponent++) {
      for (int step : new int[] {1, 2, 5}) {
        values.add(Double.parseDouble(step + "e" + exponent));
      }
    }
    return values;
  }

  private static double niceBelow(double v) {
    double nice = niceValues().get(0);
    for (double candidate : niceValues()) {
      if (candidate <= v) {
        nice = candidate;
      }
    }
    return nice;
  }

  private static double niceAbove(double v) {
    for (double candidate : niceValues()) {
      if (candidate >= v) {
        return candidate;
      }
    }
    return niceValues().get(niceValues().size() - 1);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
