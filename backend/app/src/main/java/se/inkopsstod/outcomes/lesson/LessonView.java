package se.inkopsstod.outcomes.lesson;

import se.inkopsstod.outcomes.api.LessonCategory;

import java.time.Instant;

/**
 * A lesson with its review state. The same shape serves the tenant (its own lessons) and the
 * review queue, which never carries the tenant or the writer: {@code procurementId} is set for the tenant only.
 */
record LessonView(String id, String procurementId, String whatWorked, String whatToChange, LessonCategory category,
                  String phase, Status status, String rejectionReason, Instant submittedAt, Instant reviewedAt) {

    enum Status { SUBMITTED, APPROVED, REJECTED }
}
