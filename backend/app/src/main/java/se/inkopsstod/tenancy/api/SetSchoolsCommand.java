package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.TenantId;

import java.util.List;

/** The tenant admin lists the huvudman's schools (all of them, replacing the list): lessons are anonymised against it. */
public record SetSchoolsCommand(@TargetAggregateIdentifier TenantId tenantId, List<String> schools) implements TenantScoped {
}
