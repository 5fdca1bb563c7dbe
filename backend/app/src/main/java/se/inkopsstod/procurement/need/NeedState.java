package se.inkopsstod.procurement.need;

import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedStatus;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;

import java.time.Instant;

/**
 * A need as its aggregate knows it after a command, to answer the editor without reading the view
 * back. {@code proposedBy} and {@code changedAt} are null on a copy built from a snapshot taken
 * before they were kept: then the view is read instead.
 */
record NeedState(NeedId id, ProcurementId procurementId, long version, NeedContent content, NeedStatus status,
                 String rejectionReason, NeedId mergedInto, int endorsements, boolean endorsedByReader,
                 PersonId proposedBy, Instant changedAt) {

    boolean complete() {
        return proposedBy != null && changedAt != null;
    }
}
