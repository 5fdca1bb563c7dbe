package se.inkopsstod.outcomes.anonymisation;

/** What an anonymised span was. */
public enum RemovalKind {
    PERSON_NAME, EMAIL, PHONE, ORGANISATION_NUMBER, PERSONAL_IDENTITY_NUMBER, MUNICIPALITY, SCHOOL, ORGANISATION;

    /** The neutral word that stands in the text instead. */
    public String replacement() {
        return switch (this) {
            case PERSON_NAME -> "[namn]";
            case EMAIL -> "[e-post]";
            case PHONE -> "[telefon]";
            case ORGANISATION_NUMBER -> "[organisationsnummer]";
            case PERSONAL_IDENTITY_NUMBER -> "[personnummer]";
            case MUNICIPALITY -> "[kommun]";
            case SCHOOL -> "[skola]";
            case ORGANISATION -> "[organisation]";
        };
    }
}
