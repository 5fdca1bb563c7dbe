package se.inkopsstod.procurement.access;

import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.ForbiddenException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.util.Objects;

/**
 * Proof that the gate let this person into this procurement, and as what: a member of the owning
 * tenant (a buyer or administrator, or on the team), or a user of an invited vendor organisation.
 * Only {@link ProcurementGate} can make one, so a service that takes it cannot be reached past the gate.
 */
public final class ProcurementAccess {

    /** How the person stands in the procurement. */
    public enum Standing {
        /** A member of the owning tenant who may see the procurement. */
        MEMBER,
        /** A user of a vendor organisation invited to the procurement. */
        VENDOR
    }

    private final ProcurementId procurementId;
    private final TenantId tenantId;
    private final CurrentUser user;
    private final Standing standing;
    private final VendorOrganisationId vendorOrganisationId;

    ProcurementAccess(ProcurementId procurementId, TenantId tenantId, CurrentUser user, Standing standing,
                      VendorOrganisationId vendorOrganisationId) {
        this.procurementId = Objects.requireNonNull(procurementId);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.user = Objects.requireNonNull(user);
        this.standing = Objects.requireNonNull(standing);
        this.vendorOrganisationId = vendorOrganisationId;
    }

    /** The same entry for the person as read on this request (the gate keeps entries a few seconds). */
    ProcurementAccess as(CurrentUser person) {
        return new ProcurementAccess(procurementId, tenantId, person, standing, vendorOrganisationId);
    }

    public ProcurementId procurementId() {
        return procurementId;
    }

    /** The tenant that owns the procurement (for a vendor: the buyer's tenant, never the vendor's own). */
    public TenantId tenantId() {
        return tenantId;
    }

    public CurrentUser user() {
        return user;
    }

    public Standing standing() {
        return standing;
    }

    public boolean isVendor() {
        return standing == Standing.VENDOR;
    }

    /** The invited vendor organisation the person acts for. */
    public VendorOrganisationId vendorOrganisationId() {
        if (standing != Standing.VENDOR) {
            throw new ForbiddenException("Only users of an invited vendor organisation can do this.").withMessageKey("forbidden.invited-vendor-only");
        }
        return vendorOrganisationId;
    }

    /** @throws ForbiddenException unless a member of the owning tenant (the workspace is not a vendor's to see) */
    public ProcurementAccess requireMember() {
        if (standing != Standing.MEMBER) {
            throw new ForbiddenException("Only the huvudman's own team can do this.").withMessageKey("forbidden.team-only");
        }
        return this;
    }

    /** @throws ForbiddenException unless a member of the owning tenant with one of the roles */
    public ProcurementAccess require(Role... anyOf) {
        requireMember();
        user.require(anyOf);
        return this;
    }

    /** A buyer of the owning tenant: runs the procurement (phases, publication, answers, evaluation). */
    public ProcurementAccess requireBuyer() {
        return require(Role.BUYER);
    }

    @Override
    public String toString() {
        return "ProcurementAccess[" + procurementId.value() + ", " + standing + "]";
    }
}
