package golden;

public record Quote(String symbol, double price, String source) {}
