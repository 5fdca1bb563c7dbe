package se.inkopsstod.outcomes.anonymisation;

/**
 * One thing anonymisation took out: {@code start}–{@code end} locate its replacement in the
 * anonymised text (to mark it); {@code original} is what stood there, for the writer's eyes only.
 */
public record Removal(int start, int end, String original, String replacement, RemovalKind kind) {
}
