package dev.shuttle.examples.async;

public record Thumbnail(String name, int width, int[] pixels) {}
