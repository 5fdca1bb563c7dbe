package se.inkopsstod.procurement.api;

import java.util.Set;

/**
 * Who takes part in a procurement now: its tenant, title, the people on its team and the vendor
 * organisations invited to it (ids).
 */
public record Participants(String procurementId, String tenantId, String title, Set<String> team, Set<String> invitedVendors) {

    public Participants {
        team = Set.copyOf(team);
        invitedVendors = Set.copyOf(invitedVendors);
    }
}
