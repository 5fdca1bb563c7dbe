package se.inkopsstod.procurement.record;

import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.tender.SubmittedTenderFiles;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.procurement.tender.OpenersAppointedEvent;
import se.inkopsstod.procurement.tender.OpeningConfirmedEvent;
import se.inkopsstod.procurement.tender.TendersOpenedEvent;
import se.inkopsstod.shared.OpeningId;

import java.util.ArrayList;
import java.util.List;

import static se.inkopsstod.procurement.record.Entries.actor;
import static se.inkopsstod.procurement.record.Entries.entry;
import static se.inkopsstod.procurement.record.RecordWords.time;

/**
 * The opening of tenders: who was appointed, each opener's confirmation, and the opening record (every tender's
 * vendor, submission time and price, and the files it held with their SHA-256). Tender contents are not part of the
 * record.
 */
@Component
class OpeningChapters implements RecordChapters {

    private final SubmittedTenderFiles files;

    OpeningChapters(SubmittedTenderFiles files) {
        this.files = files;
    }

    @Override
    public List<RecordSection> write(RecordSource source) {
        List<RecordEntry> entries = new ArrayList<>();
        for (Recorded event : source.stream(OpeningId.forProcurement(source.procurementId()).value())) {
            Object payload = event.payload();
            if (payload instanceof OpenersAppointedEvent appointed) {
                entries.add(entry(event, source.personName(appointed.by(), event), "Öppnare utsågs",
                        "Öppnare: " + RecordWords.names(appointed.openers().stream().map(p -> source.personName(p, event)).toList())));
            } else if (payload instanceof OpeningConfirmedEvent confirmed) {
                entries.add(entry(event, source.personName(confirmed.by(), event), "Bekräftade öppningen",
                        "Bekräftat " + time(confirmed.confirmedAt())));
            } else if (payload instanceof TendersOpenedEvent opened) {
                List<String> details = Entries.lines("Anbudstiden gick ut " + time(opened.tenderDeadline()),
                        "Öppnades " + time(opened.openedAt()),
                        "Öppnare: " + RecordWords.names(opened.openers().stream().map(p -> source.personName(p, event)).toList()),
                        opened.tenders().isEmpty() ? "Inga anbud hade lämnats in" : "Anbud: " + opened.tenders().size());
                opened.tenders().forEach(t -> {
                    details.add(t.vendorName() + " – inlämnat " + time(t.submittedAt()) + " – pris " + RecordWords.kronor(t.priceSek()));
                    // which files each tenderer handed in, by the SHA-256 recorded when each was added
                    files.of(source.procurementId(), t.vendorOrganisationId()).forEach(file -> details.add("  Bilaga till anbudet: «"
                            + file.fileName() + "» (" + RecordWords.fileSize(file.sizeBytes()) + ", SHA-256 " + file.sha256() + ")"));
                });
                entries.add(entry(event, actor(source, event), "Anbuden öppnades (öppningsprotokoll)", details));
            }
        }
        return List.of(new RecordSection(65, "Anbudsöppning", List.of(new RecordSection.Group(null, entries))));
    }
}
