package se.inkopsstod.procurement.record;

import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import se.inkopsstod.procurement.model.RequirementEditedEvent;
import se.inkopsstod.procurement.model.RequirementField;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.shared.NeedId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static se.inkopsstod.procurement.record.Entries.actor;
import static se.inkopsstod.procurement.record.Entries.change;
import static se.inkopsstod.procurement.record.Entries.labelled;

/**
 * Every requirement under its stable number: as it was written (from which needs, from which library template)
 * and every later version, field by field. Changes after publication are amendments, with their reasons, in the
 * publication chapter.
 */
@Component
class RequirementChapters implements RecordChapters {

    private final ItemIds ids;

    RequirementChapters(ItemIds ids) {
        this.ids = ids;
    }

    @Override
    public List<RecordSection> write(RecordSource source) {
        List<RecordSection.Group> groups = new ArrayList<>();
        for (String requirementId : ids.requirements(source.procurementId())) {
            List<RecordEntry> entries = new ArrayList<>();
            String text = null;
            for (Recorded event : source.stream(requirementId)) {
                if (event.payload() instanceof RequirementCreatedEvent created) {
                    text = created.content().text();
                    entries.add(Entries.entry(event, source.personName(created.createdBy(), event), "Kravet skrevs",
                            content(source, created.content(),
                                    created.template() == null ? null : "Från kravbibliotekets mall, version " + created.template().revision())));
                } else if (event.payload() instanceof RequirementEditedEvent edited) {
                    text = edited.after().text();
                    entries.add(Entries.entry(event, actor(source, event), "Kravet ändrades", edited.fields().stream().sorted()
                            .map(f -> change(label(f), value(source, edited.before(), f), value(source, edited.after(), f)))
                            .toList()));
                }
            }
            if (!entries.isEmpty()) {
                groups.add(new RecordSection.Group(source.requirementNumber(requirementId) + ": "
                        + RecordWords.shorten(RecordWords.orDash(text), 90), entries));
            }
        }
        return List.of(new RecordSection(30, "Krav", groups));
    }

    private static List<String> content(RecordSource source, RequirementContent content, String template) {
        return Entries.lines(labelled("Krav", content.text()), labelled("Typ", RecordWords.kind(content.kind())),
                labelled("Vikt", content.weight()), labelled("Kategori", RecordWords.category(content.category())),
                labelled("Verifieras genom", content.verificationMethod()),
                content.needIds().isEmpty() ? null : "Tillgodoser behov: " + needs(source, content.needIds()),
                template);
    }

    private static String label(RequirementField field) {
        return switch (field) {
            case TEXT -> "Krav";
            case KIND -> "Typ";
            case WEIGHT -> "Vikt";
            case CATEGORY -> "Kategori";
            case VERIFICATION_METHOD -> "Verifieras genom";
            case NEEDS -> "Tillgodoser behov";
        };
    }

    private static Object value(RecordSource source, RequirementContent content, RequirementField field) {
        Object value = content.value(field);
        if (value instanceof RequirementKind kind) {
            return RecordWords.kind(kind);
        }
        if (value instanceof RequirementCategory category) {
            return RecordWords.category(category);
        }
        if (field == RequirementField.NEEDS) {
            return needs(source, content.needIds());
        }
        return value;
    }

    private static String needs(RecordSource source, Collection<NeedId> needIds) {
        return needIds.isEmpty() ? "–" : String.join("; ", needIds.stream().map(n -> source.needTitle(n.value())).sorted().toList());
    }
}
