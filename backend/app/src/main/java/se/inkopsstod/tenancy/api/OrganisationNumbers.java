package se.inkopsstod.tenancy.api;

/**
 * Swedish organisation numbers, stored as NNNNNN-NNNN; people type them with or without the hyphen.
 * The last digit is a check digit (the Luhn algorithm over the first nine), so a mistyped digit is
 * caught before an organisation is registered under a number that does not exist.
 */
public final class OrganisationNumbers {

    /** What is accepted as typed: ten digits, optionally with the hyphen, surrounding spaces allowed. */
    public static final String PATTERN = "\\s*\\d{6}-?\\d{4}\\s*";

    private OrganisationNumbers() {
    }

    public static String normalise(String typed) {
        String digits = typed.replaceAll("\\D", "");
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** Whether the number, typed in the accepted shape, ends with the right check digit; false for anything else. */
    public static boolean hasValidCheckDigit(String typed) {
        if (typed == null || !typed.matches(PATTERN)) {
            return false;
        }
        String digits = typed.replaceAll("\\D", "");
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** The number made of these nine digits and their check digit, as stored (NNNNNN-NNNN). */
    public static String withCheckDigit(String nineDigits) {
        if (!nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("nine digits, not " + nineDigits);
        }
        return normalise(nineDigits + checkDigit(nineDigits));
    }

    /** Luhn: every other digit from the first doubled (its digits summed), the check digit tops the sum up to a multiple of ten. */
    private static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int digit = nineDigits.charAt(i) - '0';
            int value = i % 2 == 0 ? digit * 2 : digit;
            sum += value > 9 ? value - 9 : value;
        }
        return (10 - sum % 10) % 10;
    }
}
