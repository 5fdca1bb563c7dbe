package se.inkopsstod.procurement.api;

/** The fields the buyer's team co-edits on a question before publishing it. */
public enum AnswerField {
    /** The question as it will be published: rephrased if the original gives the asker away. */
    QUESTION("question"),
    ANSWER("answer");

    private final String apiName;

    AnswerField(String apiName) {
        this.apiName = apiName;
    }

    /** The field's name in the API's JSON. */
    public String apiName() {
        return apiName;
    }
}
