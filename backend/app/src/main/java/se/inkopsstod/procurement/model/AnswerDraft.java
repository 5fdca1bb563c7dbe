package se.inkopsstod.procurement.model;

/** The question as it will be published and the team's answer to it, as drafted so far. */
public record AnswerDraft(String question, String answer) {

    /** The value of one field, for comparisons and history. */
    public Object value(AnswerField field) {
        return switch (field) {
            case QUESTION -> question;
            case ANSWER -> answer;
        };
    }
}
