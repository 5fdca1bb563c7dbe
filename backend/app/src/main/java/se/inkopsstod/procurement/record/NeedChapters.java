package se.inkopsstod.procurement.record;

import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.procurement.model.Benefit;
import se.inkopsstod.procurement.model.NeedAcceptedEvent;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedEditedEvent;
import se.inkopsstod.procurement.model.NeedEndorsedEvent;
import se.inkopsstod.procurement.model.NeedEndorsementWithdrawnEvent;
import se.inkopsstod.procurement.model.NeedField;
import se.inkopsstod.procurement.model.NeedMergedEvent;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.procurement.model.NeedRejectedEvent;
import se.inkopsstod.procurement.model.Priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static se.inkopsstod.procurement.record.Entries.actor;
import static se.inkopsstod.procurement.record.Entries.change;
import static se.inkopsstod.procurement.record.Entries.entry;
import static se.inkopsstod.procurement.record.Entries.labelled;

/** Every need: who proposed it and as what, each edit, who endorsed it, and whether it was accepted, rejected or merged. */
@Component
class NeedChapters implements RecordChapters {

    private final ItemIds ids;

    NeedChapters(ItemIds ids) {
        this.ids = ids;
    }

    @Override
    public List<RecordSection> write(RecordSource source) {
        List<RecordSection.Group> groups = new ArrayList<>();
        for (String needId : ids.needs(source.procurementId())) {
            List<RecordEntry> entries = new ArrayList<>();
            for (Recorded event : source.stream(needId)) {
                RecordEntry entry = stated(source, event);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            if (!entries.isEmpty()) {
                groups.add(new RecordSection.Group("Behov: " + source.needTitle(needId), entries));
            }
        }
        groups.sort(Comparator.comparing(g -> g.entries().get(0).at()));
        return List.of(new RecordSection(20, "Behov", groups));
    }

    private static RecordEntry stated(RecordSource source, Recorded event) {
        String by = actor(source, event);
        Object payload = event.payload();
        if (payload instanceof NeedProposedEvent proposed) {
            List<String> details = Entries.lines(labelled("Behov", proposed.content().statement()),
                    labelled("Perspektiv", proposed.content().perspective()),
                    labelled("Skolprocess", proposed.content().schoolProcess()),
                    labelled("Prioritet", RecordWords.priority(proposed.content().priority())),
                    labelled("Styrdokument", proposed.content().steeringDocument()),
                    labelled("Nytta", benefit(proposed.content().benefit())));
            return Entries.entry(event, source.personName(proposed.proposedBy(), event), "Behovet föreslogs", details);
        }
        if (payload instanceof NeedEditedEvent edited) {
            return Entries.entry(event, by, "Behovet ändrades", edited.fields().stream().sorted()
                    .map(field -> change(label(field), value(edited.before(), field), value(edited.after(), field))).toList());
        }
        if (payload instanceof NeedEndorsedEvent endorsed) {
            return entry(event, source.personName(endorsed.personId(), event), "Ställde sig bakom behovet");
        }
        if (payload instanceof NeedEndorsementWithdrawnEvent withdrawn) {
            return entry(event, source.personName(withdrawn.personId(), event), "Drog tillbaka sitt stöd för behovet");
        }
        if (payload instanceof NeedAcceptedEvent) {
            return entry(event, by, "Behovet godtogs");
        }
        if (payload instanceof NeedRejectedEvent rejected) {
            return entry(event, by, "Behovet avslogs", labelled("Skäl", rejected.reason()));
        }
        if (payload instanceof NeedMergedEvent merged) {
            return entry(event, by, "Behovet slogs ihop med ett annat",
                    "Uppgick i: " + source.needTitle(merged.into().value()));
        }
        return null;
    }

    private static String label(NeedField field) {
        return switch (field) {
            case STATEMENT -> "Behov";
            case PERSPECTIVE -> "Perspektiv";
            case SCHOOL_PROCESS -> "Skolprocess";
            case PRIORITY -> "Prioritet";
            case STEERING_DOCUMENT -> "Styrdokument";
            case BENEFIT -> "Nytta";
        };
    }

    private static Object value(NeedContent content, NeedField field) {
        Object value = content.value(field);
        if (value instanceof Priority priority) {
            return RecordWords.priority(priority);
        }
        if (value instanceof Benefit benefit) {
            return benefit(benefit);
        }
        return value;
    }

    private static String benefit(Benefit benefit) {
        if (benefit == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(RecordWords.orDash(benefit.description()));
        if (benefit.indicator() != null && !benefit.indicator().isBlank()) {
            text.append("; indikator ").append(benefit.indicator());
            String unit = benefit.unit() == null ? "" : " " + benefit.unit();
            if (benefit.baseline() != null || benefit.target() != null) {
                text.append(" från ").append(RecordWords.orDash(benefit.baseline() == null ? null : benefit.baseline().toPlainString()))
                        .append(" till ").append(RecordWords.orDash(benefit.target() == null ? null : benefit.target().toPlainString()))
                        .append(unit);
            }
        }
        return text.toString();
    }
}
