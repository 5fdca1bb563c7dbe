package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.EditableField;

/** The fields of a requirement that people edit; each is checked for conflicts on its own. */
public enum RequirementField implements EditableField {
    TEXT("text"),
    KIND("kind"),
    WEIGHT("weight"),
    CATEGORY("category"),
    VERIFICATION_METHOD("verificationMethod"),
    NEEDS("needIds");

    private final String apiName;

    RequirementField(String apiName) {
        this.apiName = apiName;
    }

    /** The field's name in the API's JSON. */
    @Override
    public String apiName() {
        return apiName;
    }
}
