package se.inkopsstod.procurement.tender;

/** How a tender says it meets a requirement. */
public enum Compliance {
    MEETS, PARTLY, DOES_NOT_MEET
}
