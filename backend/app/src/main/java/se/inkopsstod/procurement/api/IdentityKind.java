package se.inkopsstod.procurement.api;

/** What kind of identifying detail a text holds. */
public enum IdentityKind {
    VENDOR, PERSON, PHONE, EMAIL, ORGANISATION_NUMBER, PERSONAL_IDENTITY_NUMBER
}
