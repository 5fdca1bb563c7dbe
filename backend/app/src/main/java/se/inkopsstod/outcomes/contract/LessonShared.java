package se.inkopsstod.outcomes.contract;

import java.time.LocalDate;

/**
 * Integration event on {@code inkopsstod.insights.lessons}, keyed by {@code lessonRef}: a lesson
 * learned that association staff approved, anonymised. The only free text that leaves a tenant.
 *
 * @param schema {@value #SCHEMA}
 */
public record LessonShared(String schema, String lessonRef, long revision, String category, String phase,
                           String whatWorked, String whatToChange, LocalDate approvedOn) {

    public static final String SCHEMA = "lesson/1";
}
