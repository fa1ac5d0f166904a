package dev.shuttle.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LiteralsTest {

  @Test
  void anIntValueIsGroupedWithoutSuffix() {
    assertEquals("7", Literals.grouped(7));
    assertEquals("10_000", Literals.grouped(10_000));
    assertEquals("2_147_483_647", Literals.grouped(Integer.MAX_VALUE));
    assertEquals("-2_147_483_648", Literals.grouped(Integer.MIN_VALUE));
  }

  @Test
  void aValueOnlyALongHoldsGetsAnL() {
    assertEquals("2_147_483_648L", Literals.grouped(Integer.MAX_VALUE + 1L));
    assertEquals("8_589_934_592L", Literals.grouped(8_589_934_592L));
    assertEquals("-2_147_483_649L", Literals.grouped(Integer.MIN_VALUE - 1L));
    assertEquals("9_223_372_036_854_775_807L", Literals.grouped(Long.MAX_VALUE));
  }

  @Test
  void theSmallestLongIsAValidLiteral() {
    assertEquals("-9_223_372_036_854_775_808L", Literals.grouped(Long.MIN_VALUE));
  }

  @Test
  void aDoubleIsWrittenAsJavaReadsIt() {
    assertEquals("9.0", Literals.decimal(9));
    assertEquals("1.0E-5", Literals.decimal(0.00001));
    assertThrows(IllegalArgumentException.class, () -> Literals.decimal(Double.NaN));
  }
}
