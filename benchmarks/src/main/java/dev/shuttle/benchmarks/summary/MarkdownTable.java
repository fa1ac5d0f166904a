package dev.shuttle.benchmarks.summary;

import java.util.List;

/** The summary table: one row per comparison, each pattern's name (a link to its section) on its first row. */
final class MarkdownTable {
  static String render(List<Row> rows) {
    StringBuilder table = new StringBuilder()
        .append("| pattern | Shuttle vs peer | Shuttle / peer | range over rounds | verdict | B/op Shuttle | B/op peer |\n")
        .append("|---|---|---:|---:|---|---:|---:|\n");
    Pattern previous = null;
    for (Row row : rows) {
      String pattern = row.pattern().equals(previous)
          ? ""
          : "[" + row.pattern().name() + "](#" + row.pattern().anchor() + ")";
      previous = row.pattern();
      table.append("| ").append(pattern)
          .append(" | ").append(row.comparison().label())
          .append(" | ").append(Numbers.ratio(row.median()))
          .append(" | ").append(Numbers.range(row))
          .append(" | ").append(row.verdict().text)
          .append(" | ").append(Numbers.bytes(row.shuttleBytesPerOp()))
          .append(" | ").append(Numbers.bytes(row.peerBytesPerOp()))
          .append(" |\n");
    }
    return table.toString();
  }

  private MarkdownTable() {}
}
