package se.inkopsstod.procurement.record;

import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.procurement.evaluation.AwardDecidedEvent;
import se.inkopsstod.procurement.evaluation.Evaluations;
import se.inkopsstod.procurement.evaluation.TenderDisqualifiedEvent;
import se.inkopsstod.procurement.evaluation.TenderScoredEvent;

import java.util.ArrayList;
import java.util.List;

import static se.inkopsstod.procurement.record.Entries.entry;
import static se.inkopsstod.procurement.record.Entries.labelled;

/** The evaluation: every score each evaluator gave with its note, every tender set aside with the reason, and the award decision with its reasons. */
@Component
class EvaluationChapters implements RecordChapters {

    @Override
    public List<RecordSection> write(RecordSource source) {
        List<RecordEntry> entries = new ArrayList<>();
        for (Recorded event : source.stream(Evaluations.idOf(source.procurementId()).value())) {
            Object payload = event.payload();
            if (payload instanceof TenderScoredEvent scored) {
                entries.add(entry(event, source.personName(scored.by(), event),
                        "Poängsatte " + source.vendorName(scored.vendorOrganisationId().value()) + " på krav "
                                + source.requirementNumber(scored.requirementId()) + ": " + scored.score(),
                        labelled("Motivering", scored.note())));
            } else if (payload instanceof TenderDisqualifiedEvent disqualified) {
                entries.add(entry(event, Entries.actor(source, event),
                        "Anbudet från " + source.vendorName(disqualified.vendorOrganisationId().value()) + " förkastades",
                        labelled("Skäl", disqualified.reason())));
            } else if (payload instanceof AwardDecidedEvent decided) {
                entries.add(entry(event, Entries.actor(source, event), "Tilldelningsbeslut: kontraktet tilldelas "
                        + source.vendorName(decided.winner().value()), labelled("Skäl", decided.reasoning())));
            }
        }
        return List.of(new RecordSection(70, "Utvärdering och tilldelningsbeslut", List.of(new RecordSection.Group(null, entries))));
    }
}
