package se.inkopsstod.procurement.model;


/** What a need says: the editable part of it. */
public record NeedContent(String statement, String perspective, String schoolProcess, Priority priority,
                          String steeringDocument, Benefit benefit) {

    /** The value of one field, for comparisons and history. */
    public Object value(NeedField field) {
        return switch (field) {
            case STATEMENT -> statement;
            case PERSPECTIVE -> perspective;
            case SCHOOL_PROCESS -> schoolProcess;
            case PRIORITY -> priority;
            case STEERING_DOCUMENT -> steeringDocument;
            case BENEFIT -> benefit;
        };
    }
}
