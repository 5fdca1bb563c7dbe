package se.inkopsstod.procurement.api;

/** The fields of a need that people edit; each is checked for conflicts on its own. */
public enum NeedField {
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

    /** The field's name in the API's JSON, used in conflicts and history. */
    public String apiName() {
        return apiName;
    }
}
