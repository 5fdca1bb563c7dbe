package se.inkopsstod.procurement.api;

/** The procurement procedure (upphandlingsförfarande). */
public enum Procedure {
    DIRECT_AWARD, SIMPLIFIED, OPEN, FRAMEWORK_CALL_OFF
}
