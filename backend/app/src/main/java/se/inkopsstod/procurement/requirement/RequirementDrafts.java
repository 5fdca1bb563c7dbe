package se.inkopsstod.procurement.requirement;

import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.model.TemplateView;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NeedId;

import java.util.Set;

/** Turns what a buyer wrote into a requirement's whole content. Pure: the caller reads the template and checks the needs. */
final class RequirementDrafts {

    private RequirementDrafts() {
    }

    /**
     * A requirement from a library template: what the draft leaves out comes from the template. A
     * weight only counts for an evaluated requirement, so any other kind gets none.
     */
    static RequirementContent fromTemplate(TemplateView template, RequirementDraft draft, Set<NeedId> needs) {
        if (template.retired()) {
            throw new ConflictException("template.retired", "That template is retired; pick a current one.").withMessageKey("template.retired.pick-current");
        }
        RequirementKind kind = draft.kind() != null ? draft.kind() : template.kind();
        Integer weight = kind == RequirementKind.EVALUATED
                ? (draft.weight() != null ? draft.weight() : template.defaultWeight())
                : null;
        return new RequirementContent(draft.text() != null ? draft.text().strip() : template.text(), kind, weight,
                draft.category() != null ? draft.category() : template.category(),
                draft.verificationMethod() != null ? draft.verificationMethod() : template.verificationMethod(), needs);
    }

    /** A requirement written from scratch: it needs a text, a kind and a category. */
    static RequirementContent fromRequest(RequirementDraft draft, Set<NeedId> needs) {
        if (draft.text() == null || draft.kind() == null || draft.category() == null) {
            throw new InvalidInputException("requirement.incomplete", draft.text() == null ? "text"
                    : draft.kind() == null ? "kind" : "category",
                    "A requirement needs a text, a kind and a category, or a library template.");
        }
        return new RequirementContent(draft.text().strip(), draft.kind(), draft.weight(), draft.category(),
                draft.verificationMethod(), needs);
    }

    /** An edit: the fields the draft leaves out keep their current value. */
    static RequirementContent edited(RequirementView current, RequirementDraft changes, Set<NeedId> needs) {
        return new RequirementContent(
                changes.text() != null ? changes.text().strip() : current.text(),
                changes.kind() != null ? changes.kind() : current.kind(),
                changes.weight() != null ? changes.weight() : current.weight(),
                changes.category() != null ? changes.category() : current.category(),
                changes.verificationMethod() != null ? changes.verificationMethod() : current.verificationMethod(),
                needs);
    }
}
