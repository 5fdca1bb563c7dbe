package se.inkopsstod.procurement.api;

/** What a requirement is about. */
public enum RequirementCategory {
    FUNCTION, INTEROPERABILITY, SECURITY_AND_PRIVACY, ACCESSIBILITY, IDENTITY_AND_EID, SUPPORT_AND_TRAINING,
    EXIT_AND_PORTABILITY, CAPACITY_AND_AVAILABILITY, COMMERCIAL
}
