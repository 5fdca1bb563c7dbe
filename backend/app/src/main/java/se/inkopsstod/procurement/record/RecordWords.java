package se.inkopsstod.procurement.record;

import se.inkopsstod.procurement.api.IdentityKind;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.Priority;
import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.model.RequirementKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The words and formats of the documentation record. The record is a Swedish authority's document (it is
 * handed to auditors, courts and whoever asks for public documents), so it is written in Swedish, with the
 * same labels the UI uses, and times in Swedish time to the second.
 */
final class RecordWords {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SWEDEN);

    private RecordWords() {
    }

    static String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }

    static String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }

    static String kronor(long sek) {
        return String.format(java.util.Locale.forLanguageTag("sv-SE"), "%,d kr", sek).replace('\u00a0', ' ');
    }

    static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? "–" : value.toString();
    }

    static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "…";
    }

    static String requirementNumber(int number) {
        return number > 0 ? "K" + number : "K?";
    }

    static String names(Collection<String> names) {
        return names.isEmpty() ? "–" : names.stream().sorted().collect(Collectors.joining(", "));
    }

    static String phase(Phase phase) {
        return switch (phase) {
            case NEEDS_ANALYSIS -> "Behovsanalys";
            case MARKET_DIALOGUE -> "Marknadsdialog";
            case REQUIREMENTS -> "Kravställning";
            case TENDERING -> "Anbudstid";
            case EVALUATION -> "Utvärdering";
            case AWARDED -> "Tilldelad";
            case IMPLEMENTATION -> "Införande";
            case FOLLOW_UP -> "Uppföljning";
            case CLOSED -> "Avslutad";
        };
    }

    static String procedure(Procedure procedure) {
        return switch (procedure) {
            case DIRECT_AWARD -> "Direktupphandling";
            case SIMPLIFIED -> "Förenklat förfarande";
            case OPEN -> "Öppet förfarande";
            case FRAMEWORK_CALL_OFF -> "Avrop från ramavtal";
        };
    }

    static String fileSize(long bytes) {
        return bytes < 1024 ? bytes + " byte"
                : bytes < 1024 * 1024 ? String.format(java.util.Locale.forLanguageTag("sv-SE"), "%.1f kB", bytes / 1024.0)
                : String.format(java.util.Locale.forLanguageTag("sv-SE"), "%.1f MB", bytes / (1024.0 * 1024));
    }

    static String identityKind(IdentityKind kind) {
        return switch (kind) {
            case VENDOR -> "leverantör";
            case PERSON -> "person";
            case PHONE -> "telefonnummer";
            case EMAIL -> "e-postadress";
            case ORGANISATION_NUMBER -> "organisationsnummer";
            case PERSONAL_IDENTITY_NUMBER -> "personnummer";
        };
    }

    static String kind(RequirementKind kind) {
        if (kind == null) {
            return "–";
        }
        return switch (kind) {
            case MANDATORY -> "Ska-krav";
            case EVALUATED -> "Bör-krav";
        };
    }

    static String category(RequirementCategory category) {
        if (category == null) {
            return "–";
        }
        return switch (category) {
            case FUNCTION -> "Funktion";
            case INTEROPERABILITY -> "Interoperabilitet";
            case SECURITY_AND_PRIVACY -> "Informationssäkerhet och dataskydd";
            case ACCESSIBILITY -> "Tillgänglighet";
            case IDENTITY_AND_EID -> "Identitet och e-legitimation";
            case SUPPORT_AND_TRAINING -> "Support och utbildning";
            case EXIT_AND_PORTABILITY -> "Exit och dataportabilitet";
            case CAPACITY_AND_AVAILABILITY -> "Kapacitet och tillgänglighet i drift";
            case COMMERCIAL -> "Kommersiellt";
        };
    }

    static String evaluationModel(EvaluationModel model) {
        if (model == null) {
            return "–";
        }
        return switch (model) {
            case LOWEST_PRICE -> "Lägsta pris";
            case PRICE_AND_QUALITY -> "Pris och kvalitet (mervärdesavdrag)";
        };
    }

    static String priority(Priority priority) {
        if (priority == null) {
            return "–";
        }
        return switch (priority) {
            case HIGH -> "Hög";
            case MEDIUM -> "Medel";
            case LOW -> "Låg";
        };
    }
}
