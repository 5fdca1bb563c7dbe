package se.inkopsstod.procurement.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.AddressedToTenant;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;

import java.time.Instant;

/** The vendor takes a file off its tender, before the deadline (the sealed blob stays: a submission may hold it). */
public record RemoveTenderAttachmentCommand(@TargetAggregateIdentifier TenderId tenderId, TenantId buyer, AttachmentId attachmentId,
                                            Instant tenderDeadline, Instant now) implements AddressedToTenant {

    @Override
    public TenantId addressedTenant() {
        return buyer;
    }
}
