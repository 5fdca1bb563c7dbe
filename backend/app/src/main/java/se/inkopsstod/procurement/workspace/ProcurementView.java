package se.inkopsstod.procurement.workspace;

import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.Procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A procurement's workspace header: what it is, where it stands, who works on it. */
public record ProcurementView(String id, long version, String title, String description, String category,
                              Procedure procedure, Phase phase, long estimatedValueSek, LocalDate plannedTenderDate,
                              LocalDate plannedAwardDate, List<TeamMember> team, Set<Phase> nextPhases, Instant updatedAt) {

    /** Someone on the team. */
    public record TeamMember(String memberId, String name) {
    }
}
