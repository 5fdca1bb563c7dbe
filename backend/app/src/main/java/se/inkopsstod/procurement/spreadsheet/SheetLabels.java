package se.inkopsstod.procurement.spreadsheet;

import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words the sheets use for kinds and categories: Swedish as the app shows them (the frontend's
 * messages-requirements-sv.ts). An import also understands the English labels and the API's own
 * names (MANDATORY, FUNCTION …), so that a sheet written from either language or by a script reads.
 */
final class SheetLabels {

    private static final Map<RequirementKind, String> KINDS = new EnumMap<>(Map.of(
            RequirementKind.MANDATORY, "Ska-krav",
            RequirementKind.EVALUATED, "Bör-krav"));
    private static final Map<RequirementKind, String> KINDS_EN = new EnumMap<>(Map.of(
            RequirementKind.MANDATORY, "Mandatory",
            RequirementKind.EVALUATED, "Evaluated"));
    private static final Map<RequirementCategory, String> CATEGORIES = new EnumMap<>(Map.of(
            RequirementCategory.FUNCTION, "Funktion",
            RequirementCategory.INTEROPERABILITY, "Interoperabilitet",
            RequirementCategory.SECURITY_AND_PRIVACY, "Informationssäkerhet och dataskydd",
            RequirementCategory.ACCESSIBILITY, "Tillgänglighet",
            RequirementCategory.IDENTITY_AND_EID, "Identitet och e-legitimation",
            RequirementCategory.SUPPORT_AND_TRAINING, "Support och utbildning",
            RequirementCategory.EXIT_AND_PORTABILITY, "Exit och dataportabilitet",
            RequirementCategory.CAPACITY_AND_AVAILABILITY, "Kapacitet och tillgänglighet i drift",
            RequirementCategory.COMMERCIAL, "Kommersiellt"));
    private static final Map<RequirementCategory, String> CATEGORIES_EN = new EnumMap<>(Map.of(
            RequirementCategory.FUNCTION, "Function",
            RequirementCategory.INTEROPERABILITY, "Interoperability",
            RequirementCategory.SECURITY_AND_PRIVACY, "Security and privacy",
            RequirementCategory.ACCESSIBILITY, "Accessibility",
            RequirementCategory.IDENTITY_AND_EID, "Identity and e-ID",
            RequirementCategory.SUPPORT_AND_TRAINING, "Support and training",
            RequirementCategory.EXIT_AND_PORTABILITY, "Exit and portability",
            RequirementCategory.CAPACITY_AND_AVAILABILITY, "Capacity and availability",
            RequirementCategory.COMMERCIAL, "Commercial"));

    private static final Map<String, RequirementKind> KIND_WORDS = words(KINDS, KINDS_EN, RequirementKind.values());
    private static final Map<String, RequirementCategory> CATEGORY_WORDS = words(CATEGORIES, CATEGORIES_EN,
            RequirementCategory.values());

    private SheetLabels() {
    }

    static String kind(RequirementKind kind) {
        return KINDS.get(kind);
    }

    static String category(RequirementCategory category) {
        return CATEGORIES.get(category);
    }

    static Optional<RequirementKind> kind(String word) {
        return Optional.ofNullable(KIND_WORDS.get(normal(word)));
    }

    static Optional<RequirementCategory> category(String word) {
        return Optional.ofNullable(CATEGORY_WORDS.get(normal(word)));
    }

    /** The Swedish labels, for a message that says what a cell may hold. */
    static String kinds() {
        return String.join(", ", KINDS.values());
    }

    static String categories() {
        return String.join(", ", CATEGORIES.values());
    }

    private static <E extends Enum<E>> Map<String, E> words(Map<E, String> sv, Map<E, String> en, E[] values) {
        Map<String, E> words = new HashMap<>();
        for (E value : values) {
            words.put(normal(value.name()), value);
            words.put(normal(sv.get(value)), value);
            words.put(normal(en.get(value)), value);
        }
        return words;
    }

    static String normal(String word) {
        return word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    }
}
