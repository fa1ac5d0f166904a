package dev.shuttle.examples.race;

/** A price, and which source gave it. */
public record Quote(String symbol, double price, String source) {}
