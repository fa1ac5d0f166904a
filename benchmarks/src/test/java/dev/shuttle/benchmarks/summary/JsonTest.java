package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void readsNestedObjectsAndArraysInOrder() {
    Object value = Json.parse("{ \"b\" : [1, 2.5e1, -3], \"a\" : {}, \"c\" : [], \"d\" : true, \"e\" : null }");

    assertEquals(List.of("b", "a", "c", "d", "e"), List.copyOf(((Map<?, ?>) value).keySet()));
    assertEquals(List.of(1.0, 25.0, -3.0), ((Map<?, ?>) value).get("b"));
    assertEquals(Map.of(), ((Map<?, ?>) value).get("a"));
    assertEquals(Boolean.TRUE, ((Map<?, ?>) value).get("d"));
    assertNull(((Map<?, ?>) value).get("e"));
  }

  @Test
  void readsEscapesInStrings() {
    assertEquals("a\"b\\c/d\ne\u00b7f", Json.parse("\"a\\\"b\\\\c\\/d\\ne\\u00b7f\""));
  }

  @Test
  void rejectsMalformedText() {
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" : 1"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1 2]"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("\"open"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{a : 1}"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1] x"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse(""));
  }
}
