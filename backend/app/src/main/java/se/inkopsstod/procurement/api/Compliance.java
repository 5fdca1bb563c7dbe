package se.inkopsstod.procurement.api;

/** How a tender says it meets a requirement. */
public enum Compliance {
    MEETS, PARTLY, DOES_NOT_MEET
}
