package se.inkopsstod.procurement.requirement;

import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementField;
import se.inkopsstod.procurement.model.RequirementKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a buyer wrote for a requirement, any field of which may be absent (null): a new requirement
 * then takes it from its template, an edit keeps the current value. {@code needIds} as sent, unchecked.
 * Public because the spreadsheet import writes drafts too.
 */
public record RequirementDraft(String text, RequirementKind kind, Integer weight, RequirementCategory category,
                        String verificationMethod, Set<String> needIds) {

    /** The fields present, which an edit changes. */
    Set<RequirementField> fields() {
        Set<RequirementField> fields = EnumSet.noneOf(RequirementField.class);
        if (text != null) fields.add(RequirementField.TEXT);
        if (kind != null) fields.add(RequirementField.KIND);
        if (weight != null) fields.add(RequirementField.WEIGHT);
        if (category != null) fields.add(RequirementField.CATEGORY);
        if (verificationMethod != null) fields.add(RequirementField.VERIFICATION_METHOD);
        if (needIds != null) fields.add(RequirementField.NEEDS);
        return fields;
    }
}
