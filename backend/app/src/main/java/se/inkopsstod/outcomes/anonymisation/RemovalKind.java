package se.inkopsstod.outcomes.anonymisation;

/** What an anonymised span was. */
public enum RemovalKind {
    PERSON_NAME, EMAIL, PHONE, ORGANISATION_NUMBER, PERSONAL_IDENTITY_NUMBER, MUNICIPALITY, SCHOOL, ORGANISATION,
    /** A proper name the anonymiser does not know and cannot tell a person from a company or product by: "Vklass", "Zubair". */
    NAME,
    /** A street address with its number, or a post box. */
    ADDRESS,
    /** A Swedish postcode, with the place after it. */
    POSTCODE,
    IP_ADDRESS,
    /** A web address, whole: its path often carries a name. */
    URL,
    /** An account name such as "@anna.k". */
    HANDLE;

    /** The neutral word that stands in the text instead. */
    public String replacement() {
        return switch (this) {
            case PERSON_NAME, NAME -> "[namn]";
            case EMAIL -> "[e-post]";
            case PHONE -> "[telefon]";
            case ORGANISATION_NUMBER -> "[organisationsnummer]";
            case PERSONAL_IDENTITY_NUMBER -> "[personnummer]";
            case MUNICIPALITY -> "[kommun]";
            case SCHOOL -> "[skola]";
            case ORGANISATION -> "[organisation]";
            case ADDRESS -> "[adress]";
            case POSTCODE -> "[postnummer]";
            case IP_ADDRESS -> "[ip-adress]";
            case URL -> "[länk]";
            case HANDLE -> "[användarnamn]";
        };
    }
}
