package se.inkopsstod.procurement.record;

import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.procurement.dialogue.BuyerAnsweredEvent;
import se.inkopsstod.procurement.dialogue.DraftCommentedEvent;
import se.inkopsstod.procurement.dialogue.DraftSharedEvent;
import se.inkopsstod.procurement.dialogue.VendorsAskedEvent;
import se.inkopsstod.shared.DialogueId;

import java.util.ArrayList;
import java.util.List;

import static se.inkopsstod.procurement.record.Entries.actor;
import static se.inkopsstod.procurement.record.Entries.entry;
import static se.inkopsstod.procurement.record.Entries.labelled;

/** The market dialogue: each draft shared with vendors, the buyer's questions, and every vendor's comment and answer. */
@Component
class DialogueChapters implements RecordChapters {

    @Override
    public List<RecordSection> write(RecordSource source) {
        List<RecordEntry> entries = new ArrayList<>();
        for (Recorded event : source.stream(DialogueId.forProcurement(source.procurementId()).value())) {
            String by = actor(source, event);
            Object payload = event.payload();
            if (payload instanceof DraftSharedEvent shared) {
                List<String> details = Entries.lines(labelled("Meddelande", shared.message()),
                        "Krav i utkastet: " + shared.requirements().size());
                shared.requirements().forEach(r -> details.add(WorkspaceChapters.requirementLine(r)));
                entries.add(entry(event, by, "Kravutkast " + shared.round() + " delades med leverantörerna", details));
            } else if (payload instanceof VendorsAskedEvent asked) {
                entries.add(entry(event, by, "Fråga till leverantörerna", labelled("Fråga", asked.text())));
            } else if (payload instanceof DraftCommentedEvent commented) {
                entries.add(entry(event, by, source.vendorName(commented.vendorOrganisationId().value()) + " kommenterade "
                                + (commented.requirementId() == null ? "utkastet" : "krav " + source.requirementNumber(commented.requirementId())),
                        labelled("Kommentar", commented.text())));
            } else if (payload instanceof BuyerAnsweredEvent answered) {
                entries.add(entry(event, by, source.vendorName(answered.vendorOrganisationId().value()) + " svarade på en fråga",
                        labelled("Svar", answered.text())));
            }
        }
        return List.of(new RecordSection(40, "Marknadsdialog", List.of(new RecordSection.Group(null, entries))));
    }
}
