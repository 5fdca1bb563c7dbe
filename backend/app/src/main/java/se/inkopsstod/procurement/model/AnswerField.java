package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.EditableField;

/** The fields the buyer's team co-edits on a question before publishing it. */
public enum AnswerField implements EditableField {
    /** The question as it will be published: rephrased if the original gives the asker away. */
    QUESTION("question"),
    ANSWER("answer");

    private final String apiName;

    AnswerField(String apiName) {
        this.apiName = apiName;
    }

    /** The field's name in the API's JSON. */
    @Override
    public String apiName() {
        return apiName;
    }
}
