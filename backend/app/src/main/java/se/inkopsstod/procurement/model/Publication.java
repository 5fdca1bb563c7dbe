package se.inkopsstod.procurement.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A published tender's dates and model. {@code answersDueBy} is the last day answers to
 * questions asked in good time may be published: 6 days before the tender deadline, 4 in an
 * accelerated procedure (LOU 12 kap. 11 §).
 */
public record Publication(Instant publishedAt, Instant tenderDeadline, LocalDate lastQuestionDay, LocalDate answersDueBy,
                          EvaluationModel evaluationModel, boolean accelerated, int requirementSetVersion,
                          Long qualityValueSek) {

    /** Dates in tender documents are Swedish calendar dates. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** The last day answers may be published: 6 days (4 if accelerated) before the deadline's date. */
    public static LocalDate answersDueBy(Instant tenderDeadline, boolean accelerated) {
        return LocalDate.ofInstant(tenderDeadline, SWEDEN).minusDays(accelerated ? 4 : 6);
    }
}
