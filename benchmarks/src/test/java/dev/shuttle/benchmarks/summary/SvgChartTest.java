package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartTest {
  private static final Row AHEAD = row("tell, 1 sender", "Pekko", 2.0, 4.0, 3.0);
  private static final Row BEHIND = row("SPSC ring", "JCTools <Spsc> & co", 0.5, 0.8, 0.7);

  @Test
  void isWellFormedSvgWithEveryRowsLabelAndFigures() throws Exception {
    Document svg = parse(SvgChart.render("Actors & more", "median of 3 rounds", List.of(AHEAD, BEHIND)));

    assertEquals("svg", svg.getDocumentElement().getTagName());
    assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
    List<String> texts = texts(svg);
    assertTrue(texts.contains("Actors & more"), texts.toString());
    assertTrue(texts.contains("tell, 1 sender vs Pekko"), texts.toString());
    assertTrue(texts.contains("3.00 (2.00–4.00)"), texts.toString());
    assertTrue(texts.contains("SPSC ring vs JCTools <Spsc> & co"), "escaped, and read back: " + texts);
    assertTrue(texts.contains("0.70 (0.50–0.80)"), texts.toString());
  }

  @Test
  void aBarGoesRightOfTheOneLineWhenShuttleIsFasterAndLeftWhenSlower() throws Exception {
    Document svg = parse(SvgChart.render("t", "s", List.of(AHEAD, BEHIND)));
    double one = oneLine(svg);
    List<Element> bars = bars(svg);

    assertEquals(one, x(bars.get(0)), 0.1, "the ahead bar starts at 1");
    assertTrue(width(bars.get(0)) > 10);
    assertEquals(one, x(bars.get(1)) + width(bars.get(1)), 0.1, "the behind bar ends at 1");
    assertEquals("#2e7d32", bars.get(0).getAttribute("fill"));
    assertEquals("#c62828", bars.get(1).getAttribute("fill"));
  }

  @Test
  void theSameRowsGiveTheSameBytes() {
    assertEquals(SvgChart.render("t", "s", List.of(AHEAD, BEHIND)), SvgChart.render("t", "s", List.of(AHEAD, BEHIND)));
  }

  private static Row row(String what, String peer, double... ratios) {
    List<Double> list = new ArrayList<>();
    for (double r : ratios) {
      list.add(r);
    }
    return new Row(SummaryTest.PATTERN, new Comparison(what, peer, "s", "p"), list, 0, 0);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document svg) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** The dashed line at ratio 1. */
  private static double oneLine(Document svg) {
    NodeList lines = svg.getElementsByTagName("line");
    for (int i = 0; i < lines.getLength(); i++) {
      Element line = (Element) lines.item(i);
      if (line.hasAttribute("stroke-dasharray")) {
        return Double.parseDouble(line.getAttribute("x1"));
      }
    }
    throw new AssertionError("no line at 1");
  }

  /** The rectangles inside the rows' groups. */
  private static List<Element> bars(Document svg) {
    List<Element> bars = new ArrayList<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      bars.add((Element) ((Element) groups.item(i)).getElementsByTagName("rect").item(0));
    }
    return bars;
  }

  private static double x(Element rect) {
    return Double.parseDouble(rect.getAttribute("x"));
  }

  private static double width(Element rect) {
    return Double.parseDouble(rect.getAttribute("width"));
  }
}
