package se.inkopsstod.procurement.model;

/** How much a need matters. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
