package se.inkopsstod.procurement.record;

import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.RecordChapters;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.procurement.model.AnswerEditedEvent;
import se.inkopsstod.procurement.qa.AnswerPublishedEvent;
import se.inkopsstod.procurement.qa.ClarificationStartedEvent;
import se.inkopsstod.procurement.qa.IdentityWarningConfirmedEvent;
import se.inkopsstod.procurement.qa.QuestionAskedEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static se.inkopsstod.procurement.record.Entries.actor;
import static se.inkopsstod.procurement.record.Entries.change;
import static se.inkopsstod.procurement.record.Entries.entry;
import static se.inkopsstod.procurement.record.Entries.labelled;

/**
 * Questions and answers during the tender period. The buyer's copy states each question as asked and by whom;
 * the public copy never names the asker (every vendor must be able to ask without being known) and leaves out
 * the team's working drafts, stating each question only as it was published to every vendor.
 */
@Component
class QuestionChapters implements RecordChapters {

    private final ItemIds ids;

    QuestionChapters(ItemIds ids) {
        this.ids = ids;
    }

    @Override
    public List<RecordSection> write(RecordSource source) {
        List<List<RecordEntry>> questions = new ArrayList<>();
        for (String questionId : ids.questions(source.procurementId())) {
            List<RecordEntry> entries = new ArrayList<>();
            for (Recorded event : source.stream(questionId)) {
                RecordEntry entry = stated(source, event);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            if (!entries.isEmpty()) {
                questions.add(entries);
            }
        }
        questions.sort(Comparator.comparing(entries -> entries.get(0).at()));
        List<RecordSection.Group> groups = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            groups.add(new RecordSection.Group("Fråga " + (i + 1), questions.get(i)));
        }
        return List.of(new RecordSection(60, "Frågor och svar under anbudstiden", groups));
    }

    private static RecordEntry stated(RecordSource source, Recorded event) {
        Object payload = event.payload();
        if (payload instanceof QuestionAskedEvent asked) {
            String requirement = asked.requirementId() == null ? null : "Gäller krav " + source.requirementNumber(asked.requirementId());
            if (!source.buyersCopy()) {
                return entry(event, null, "En leverantör ställde en fråga", requirement);
            }
            String asker = asked.vendorOrganisationId() == null ? source.personName(asked.askedBy(), event)
                    : source.vendorName(asked.vendorOrganisationId().value()) + " (" + source.personName(asked.askedBy(), event) + ")";
            return entry(event, asker, "Frågan ställdes", labelled("Som den ställdes", asked.text()), requirement);
        }
        if (payload instanceof ClarificationStartedEvent started) {
            return entry(event, actor(source, event), "Ett förtydligande påbörjades", labelled("Ämne", started.topic()));
        }
        if (payload instanceof AnswerEditedEvent edited && source.buyersCopy()) {
            return entry(event, actor(source, event), "Frågan eller svaret bearbetades", edited.fields().stream().sorted()
                    .map(f -> change(switch (f) {
                        case QUESTION -> "Fråga";
                        case ANSWER -> "Svar";
                    }, edited.before().value(f), edited.after().value(f))).toList());
        }
        if (payload instanceof IdentityWarningConfirmedEvent confirmed && source.buyersCopy()) {
            return entry(event, actor(source, event), "Publiceringen bekräftades trots att texten tycktes kunna röja frågeställaren",
                    labelled("Det som hittades", String.join(", ", confirmed.findings().stream()
                            .map(f -> f.text() + " (" + RecordWords.identityKind(f.kind()) + ")").toList())),
                    labelled("Skäl", confirmed.reason()));
        }
        if (payload instanceof AnswerPublishedEvent published) {
            return entry(event, actor(source, event), published.late()
                            ? "Frågan och svaret publicerades för alla inbjudna leverantörer (efter sista dag för frågor)"
                            : "Frågan och svaret publicerades för alla inbjudna leverantörer",
                    labelled("Fråga", published.question()), labelled("Svar", published.answer()));
        }
        return null;
    }
}
