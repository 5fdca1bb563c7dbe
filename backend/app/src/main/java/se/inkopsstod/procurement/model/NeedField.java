package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.EditableField;

/** The fields of a need that people edit; each is checked for conflicts on its own. */
public enum NeedField implements EditableField {
    STATEMENT("statement"),
    PERSPECTIVE("perspective"),
    SCHOOL_PROCESS("schoolProcess"),
    PRIORITY("priority"),
    STEERING_DOCUMENT("steeringDocument"),
    BENEFIT("benefit");

    private final String apiName;

    NeedField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
