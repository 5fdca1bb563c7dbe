package se.inkopsstod.procurement.record;

import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.procurement.attachment.AttachmentAddedEvent;
import se.inkopsstod.procurement.attachment.AttachmentRemovedEvent;

import java.util.ArrayList;
import java.util.List;

import static se.inkopsstod.procurement.record.Entries.actor;
import static se.inkopsstod.procurement.record.Entries.entry;
import static se.inkopsstod.procurement.record.Entries.labelled;

/**
 * The files attached to the procurement, its requirements and its answers: each with its SHA-256 as recorded
 * when it was added, so that the record proves which file was seen, and when it was removed.
 */
@Component
class AttachmentChapters implements RecordChapters {

    private final ItemIds ids;

    AttachmentChapters(ItemIds ids) {
        this.ids = ids;
    }

    @Override
    public List<RecordSection> write(RecordSource source) {
        List<RecordEntry> entries = new ArrayList<>();
        for (String attachmentId : ids.attachments(source.procurementId())) {
            for (Recorded event : source.stream(attachmentId)) {
                if (event.payload() instanceof AttachmentAddedEvent added) {
                    entries.add(entry(event, source.personName(added.addedBy(), event), "Bilagan «" + added.fileName() + "» lades till",
                            labelled("Gäller", target(source, added)),
                            labelled("Typ och storlek", added.contentType() + ", " + RecordWords.fileSize(added.sizeBytes())),
                            labelled("SHA-256", added.sha256())));
                } else if (event.payload() instanceof AttachmentRemovedEvent) {
                    entries.add(entry(event, actor(source, event), "En bilaga togs bort (filen finns kvar för dokumentationen)"));
                }
            }
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        return List.of(new RecordSection(55, "Bilagor", List.of(new RecordSection.Group(null, entries))));
    }

    private static String target(RecordSource source, AttachmentAddedEvent added) {
        return switch (added.target()) {
            case PROCUREMENT -> "Upphandlingen";
            case REQUIREMENT -> "Krav " + source.requirementNumber(added.targetId());
            case ANSWER -> "Svaret på en fråga";
        };
    }
}
