package se.inkopsstod.procurement.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who is in a procurement and which of its deadlines come soon, for notifications. Blocking. */
public interface ProcurementParticipants {

    Optional<Participants> of(String procurementId);

    /** The deadlines of published tenders that fall within [{@code from}, {@code to}). */
    List<UpcomingDeadline> deadlinesBetween(Instant from, Instant to);
}
