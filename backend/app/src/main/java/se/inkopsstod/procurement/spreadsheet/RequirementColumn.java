package se.inkopsstod.procurement.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the requirements sheet, in order: those of the browser's CSV export and the date
 * last changed. The import finds them by their header (Swedish or English, any order) and reads
 * only what a new requirement is written from: number, weight share and date are ignored.
 */
enum RequirementColumn {
    NUMBER("Nr", "No.", 7, false),
    TEXT("Krav", "Requirement", 70, true),
    KIND("Typ", "Kind", 11, true),
    WEIGHT("Vikt", "Weight", 8, true),
    WEIGHT_SHARE("Viktandel (%)", "Weight share (%)", 14, false),
    CATEGORY("Kategori", "Category", 30, true),
    VERIFICATION_METHOD("Verifieringsmetod", "Verification method", 32, true),
    NEEDS("Behov", "Needs", 45, true),
    UPDATED_AT("Senast ändrad", "Last changed", 17, false);

    private final String header;
    private final String english;
    private final int width;
    private final boolean imported;

    RequirementColumn(String header, String english, int width, boolean imported) {
        this.header = header;
        this.english = english;
        this.width = width;
        this.imported = imported;
    }

    String header() {
        return header;
    }

    boolean imported() {
        return imported;
    }

    static List<Workbooks.Column> columns() {
        return Arrays.stream(values()).map(c -> new Workbooks.Column(c.header, c.width)).toList();
    }

    /** The column a header names, in either language. */
    static Optional<RequirementColumn> named(String header) {
        String wanted = SheetLabels.normal(header);
        return Arrays.stream(values())
                .filter(c -> SheetLabels.normal(c.header).equals(wanted) || SheetLabels.normal(c.english).equals(wanted))
                .findFirst();
    }
}
