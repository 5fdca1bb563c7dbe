package se.inkopsstod.procurement.api;

/** How much a need matters. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
