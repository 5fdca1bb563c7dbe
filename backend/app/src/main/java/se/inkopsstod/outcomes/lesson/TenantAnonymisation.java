package se.inkopsstod.outcomes.lesson;

import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.anonymisation.AnonymisationContext;
import se.inkopsstod.outcomes.anonymisation.AnonymisedText;
import se.inkopsstod.outcomes.anonymisation.LessonAnonymiser;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.TenantMembers;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.util.HashSet;
import java.util.Set;

/**
 * Anonymises a tenant's text with what the platform knows of that tenant besides the general
 * rules: the names of its people and schools, its own name and the vendors' names.
 */
@Component
class TenantAnonymisation {

    private final LessonAnonymiser anonymiser = new LessonAnonymiser();
    private final TenantMembers members;
    private final Organisations organisations;

    TenantAnonymisation(TenantMembers members, Organisations organisations) {
        this.members = members;
        this.organisations = organisations;
    }

    AnonymisationContext contextOf(TenantId tenant) {
        Set<String> people = new HashSet<>();
        members.members(tenant).stream().map(MemberView::name).forEach(people::add);
        Set<String> names = new HashSet<>();
        organisations.tenantName(tenant.value()).ifPresent(names::add);
        organisations.vendorOrganisations().stream().map(VendorOrganisationView::name).forEach(names::add);
        return new AnonymisationContext(people, Set.copyOf(organisations.schools(tenant.value())), names);
    }

    AnonymisedText anonymise(String text, AnonymisationContext context) {
        return text == null || text.isBlank() ? new AnonymisedText("", java.util.List.of()) : anonymiser.anonymise(text, context);
    }
}
