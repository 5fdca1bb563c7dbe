package se.inkopsstod.procurement.model;

/** The procurement procedure (upphandlingsförfarande). */
public enum Procedure {
    DIRECT_AWARD, SIMPLIFIED, OPEN, FRAMEWORK_CALL_OFF
}
