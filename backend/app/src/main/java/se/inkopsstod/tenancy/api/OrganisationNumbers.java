package se.inkopsstod.tenancy.api;

/** Swedish organisation numbers, stored as NNNNNN-NNNN; people type them with or without the hyphen. */
public final class OrganisationNumbers {

    /** What is accepted as typed: ten digits, optionally with the hyphen, surrounding spaces allowed. */
    public static final String PATTERN = "\\s*\\d{6}-?\\d{4}\\s*";

    private OrganisationNumbers() {
    }

    public static String normalise(String typed) {
        String digits = typed.replaceAll("\\D", "");
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
