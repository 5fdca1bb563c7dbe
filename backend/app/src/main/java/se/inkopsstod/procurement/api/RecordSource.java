package se.inkopsstod.procurement.api;

import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * What a chapter of the documentation record reads: one aggregate's events at a time, straight from the event
 * store (every event read is counted into the record's fingerprint), and the names of the people and vendors
 * they name.
 */
public interface RecordSource {

    ProcurementId procurementId();

    TenantId tenantId();

    /** The buyer's copy names who asked each question; the public copy (for a request for public documents) does not. */
    boolean buyersCopy();

    /** From the aggregate's first event, oldest first; empty for an aggregate that never was. */
    List<Recorded> stream(String aggregateId);

    /** A member's name as the directory knows it now, or the name the event was recorded with, or a neutral word. */
    String personName(PersonId person, Recorded event);

    /** A vendor organisation's name, or its id when the directory has no such organisation. */
    String vendorName(String vendorOrganisationId);

    /** A need's statement as it reads now (shortened), for naming it where another item refers to it. */
    String needTitle(String needId);

    /** A requirement's stable number ("K7"). */
    String requirementNumber(String requirementId);

    /** An event as the record sees it: its payload and who did it (from the audit metadata). */
    record Recorded(Object payload, Instant at, String userId, String userName) {
    }
}
