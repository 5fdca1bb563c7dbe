package se.inkopsstod.outcomes.followup;

import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.api.FollowUpClosedEvent;
import se.inkopsstod.outcomes.api.FollowUpFactsRecordedEvent;
import se.inkopsstod.outcomes.api.FollowUpOpenedEvent;
import se.inkopsstod.outcomes.api.IndicatorOutcomeRecordedEvent;
import se.inkopsstod.outcomes.api.SurveyAnsweredEvent;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The follow-up's part of the procurement's documentation record: when it was opened and closed, each need's
 * measured outcome and the facts of delivery. Survey answers are stated without the respondent or the free
 * comment: the record is about the purchase, not about the teachers who answered.
 */
@Component
class FollowUpRecordChapters implements RecordChapters {

    @Override
    public List<RecordSection> write(RecordSource source) {
        List<RecordEntry> entries = new ArrayList<>();
        for (Recorded event : source.stream(FollowUps.idOf(source.procurementId()).value())) {
            Object payload = event.payload();
            if (payload instanceof FollowUpOpenedEvent opened) {
                entries.add(entry(event, source.personName(opened.by(), event), "Uppföljningen öppnades"));
            } else if (payload instanceof IndicatorOutcomeRecordedEvent outcome) {
                entries.add(entry(event, source.personName(outcome.by(), event), "Utfall för ett behov registrerades",
                        "Behov: " + source.needTitle(outcome.needId().value()),
                        "Uppmätt värde: " + outcome.realisedValue().toPlainString() + " (" + outcome.measuredOn() + ")",
                        outcome.source() == null || outcome.source().isBlank() ? null : "Källa: " + outcome.source(),
                        "Realiserad nytta: " + outcome.benefitRealisedPercent() + " %"));
            } else if (payload instanceof FollowUpFactsRecordedEvent facts) {
                entries.add(entry(event, source.personName(facts.by(), event), "Fakta om leveransen registrerades",
                        facts.deliveryQuality() == null ? null : "Leveranskvalitet: " + facts.deliveryQuality() + " av 5",
                        facts.adoptionPercent() == null ? null : "Användning: " + facts.adoptionPercent() + " %",
                        facts.yearlyCostPerPupilSek() == null ? null : "Kostnad per elev och år: " + facts.yearlyCostPerPupilSek() + " kr",
                        facts.openFormatExport() == null ? null : "Export i öppet format: " + (facts.openFormatExport() ? "ja" : "nej"),
                        facts.exitPlanDocumented() == null ? null : "Exitplan dokumenterad: " + (facts.exitPlanDocumented() ? "ja" : "nej")));
            } else if (payload instanceof SurveyAnsweredEvent answered) {
                entries.add(entry(event, null, "Ett enkätsvar lämnades",
                        answered.ratings().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                                .map(r -> label(r.getKey()) + ": " + r.getValue() + " av 5").toArray(String[]::new)));
            } else if (payload instanceof FollowUpClosedEvent closed) {
                entries.add(entry(event, source.personName(closed.by(), event), "Uppföljningen avslutades"));
            }
        }
        return List.of(new RecordSection(90, "Uppföljning", List.of(new RecordSection.Group(null, entries))));
    }

    private static RecordEntry entry(Recorded event, String by, String what, String... details) {
        return new RecordEntry(event.at(), by, what, Stream.of(details).filter(Objects::nonNull).toList());
    }

    private static String label(se.inkopsstod.outcomes.api.SurveyQuestion question) {
        return switch (question) {
            case EASE_OF_USE -> "Lätt att använda";
            case SUPPORTS_WORK -> "Stödjer arbetet";
            case RELIABILITY -> "Stabil och tillgänglig";
            case VENDOR_SUPPORT -> "Leverantörens support";
        };
    }
}
