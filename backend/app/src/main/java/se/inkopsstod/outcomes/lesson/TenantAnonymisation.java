package se.inkopsstod.outcomes.lesson;

import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.anonymisation.AnonymisationContext;
import se.inkopsstod.outcomes.anonymisation.AnonymisedText;
import se.inkopsstod.outcomes.anonymisation.LessonAnonymiser;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.TenantMembers;
import se.inkopsstod.tenancy.api.TenantView;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.util.HashSet;
import java.util.Set;

/**
 * Anonymises a tenant's text with what the platform knows besides the general rules: the names of
 * the tenant's people and schools, every tenant's name (a lesson that names another huvudman gives
 * that one away too), every vendor organisation's name (the anonymiser adds the short forms people
 * use) and the vendors' staff.
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
        Set<String> people = new HashSet<>(organisations.vendorPeopleNames());
        members.members(tenant).stream().map(MemberView::name).forEach(people::add);
        Set<String> names = new HashSet<>();
        organisations.tenantName(tenant.value()).ifPresent(names::add);
        organisations.tenants().stream().map(TenantView::name).forEach(names::add);
        organisations.vendorOrganisations().stream().map(VendorOrganisationView::name).forEach(names::add);
        people.removeIf(name -> name == null || name.isBlank());
        names.removeIf(name -> name == null || name.isBlank());
        return new AnonymisationContext(people, Set.copyOf(organisations.schools(tenant.value())), names);
    }

    AnonymisedText anonymise(String text, AnonymisationContext context) {
        return text == null || text.isBlank() ? new AnonymisedText("", java.util.List.of()) : anonymiser.anonymise(text, context);
    }
}
