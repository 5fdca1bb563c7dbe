package se.inkopsstod.tenancy;

import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.MemberAddedEvent;
import se.inkopsstod.tenancy.api.SizeBand;
import se.inkopsstod.tenancy.api.TenantKind;
import se.inkopsstod.tenancy.api.TenantRegisteredEvent;

import java.util.Set;

/** Test data for the tenancy context. */
public final class TenancyFixtures {

    public static final TenantId TENANT = TenantId.of("tenant-alvstad");
    public static final PersonId ADMIN = PersonId.of("member-eva");
    public static final PersonId BUYER = PersonId.of("member-johan");

    private TenancyFixtures() {
    }

    public static TenantRegisteredEvent tenantRegistered() {
        return new TenantRegisteredEvent(TENANT, "Älvstads kommun", "212000-9994", TenantKind.MUNICIPAL,
                "Västra Götalands län", 41_000, SizeBand.VERY_LARGE);
    }

    public static MemberAddedEvent adminAdded() {
        return new MemberAddedEvent(TENANT, ADMIN, "Eva Lindqvist", "eva.lindqvist@alvstad.example", Set.of(Role.TENANT_ADMIN));
    }

    public static MemberAddedEvent buyerAdded() {
        return new MemberAddedEvent(TENANT, BUYER, "Johan Berg", "johan.berg@alvstad.example", Set.of(Role.BUYER));
    }
}
