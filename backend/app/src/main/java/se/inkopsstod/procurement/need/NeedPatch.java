package se.inkopsstod.procurement.need;

import se.inkopsstod.procurement.model.Benefit;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedField;
import se.inkopsstod.procurement.model.Priority;
import se.inkopsstod.shared.InvalidInputException;

import java.util.EnumSet;
import java.util.Set;

/** The fields an edit of a need changes; an absent (null) field keeps its value. */
record NeedPatch(String statement, String perspective, String schoolProcess, Priority priority,
                 String steeringDocument, Benefit benefit) {

    Set<NeedField> fields() {
        Set<NeedField> fields = EnumSet.noneOf(NeedField.class);
        if (statement != null) fields.add(NeedField.STATEMENT);
        if (perspective != null) fields.add(NeedField.PERSPECTIVE);
        if (schoolProcess != null) fields.add(NeedField.SCHOOL_PROCESS);
        if (priority != null) fields.add(NeedField.PRIORITY);
        if (steeringDocument != null) fields.add(NeedField.STEERING_DOCUMENT);
        if (benefit != null) fields.add(NeedField.BENEFIT);
        return fields;
    }

    /** The whole content the editor wants: the current need with the present fields changed. */
    NeedContent applyTo(NeedContent current) {
        if (statement != null && statement.isBlank()) {
            throw new InvalidInputException("need.statement-blank", "statement", "A need must say something.");
        }
        return new NeedContent(
                statement != null ? statement.strip() : current.statement(),
                perspective != null ? perspective : current.perspective(),
                schoolProcess != null ? schoolProcess : current.schoolProcess(),
                priority != null ? priority : current.priority(),
                // a blank steering document clears it, so present-but-blank is not "absent"
                steeringDocument != null ? blankToNull(steeringDocument) : current.steeringDocument(),
                benefit != null ? benefit : current.benefit());
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
