package se.inkopsstod.outcomes.anonymisation;

import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.IdentityFinder;
import se.inkopsstod.procurement.api.IdentityFinding;
import se.inkopsstod.procurement.api.IdentityKind;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.TenantMembers;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The anonymiser's rules turned to finding who a text could point at, with the vendor directory as
 * context: every vendor organisation (its full name, without "AB", and its first word as people
 * shorten it: "Edulab" for "Edulab Lärplattformar AB"), every vendor's staff and the tenant's own
 * people by name, and the general patterns (phone, e-mail, organisation and personal identity
 * numbers, known first names). Municipalities and schools are not findings here: a question about
 * the buyer's own schools does not give the asker away.
 */
@Component
class DirectoryIdentityFinder implements IdentityFinder {

    private static final Pattern LEGAL_FORM = Pattern.compile("(?i)\\s+(ab|aktiebolag|hb|kb|ek\\.? för\\.?)$");

    private final LessonAnonymiser anonymiser = new LessonAnonymiser();
    private final TenantMembers members;
    private final Organisations organisations;

    DirectoryIdentityFinder(TenantMembers members, Organisations organisations) {
        this.members = members;
        this.organisations = organisations;
    }

    @Override
    public List<IdentityFinding> find(TenantId tenant, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> people = new HashSet<>(organisations.vendorPeopleNames());
        members.members(tenant).stream().map(MemberView::name).forEach(people::add);
        List<String> vendors = organisations.vendorOrganisations().stream().map(VendorOrganisationView::name).toList();
        AnonymisedText anonymised = anonymiser.anonymise(text, new AnonymisationContext(people, Set.of(), Set.copyOf(vendors)));
        Set<IdentityFinding> findings = new LinkedHashSet<>();
        for (Removal removal : anonymised.removals()) {
            IdentityKind kind = kindOf(removal.kind());
            if (kind != null) {
                findings.add(new IdentityFinding(kind, removal.original().strip()));
            }
        }
        vendors.forEach(vendor -> shortForm(vendor).ifPresent(word -> {
            boolean alreadyFound = findings.stream().anyMatch(f -> f.text().contains(word));
            if (!alreadyFound && capitalisedWord(word).matcher(text).find()) {
                findings.add(new IdentityFinding(IdentityKind.VENDOR, word));
            }
        }));
        return new ArrayList<>(findings);
    }

    /** The first word of a vendor's name when people would say it alone: a capitalised word of five letters or more. */
    private static Optional<String> shortForm(String vendorName) {
        String base = LEGAL_FORM.matcher(vendorName.strip()).replaceFirst("");
        String first = base.split("\\s+")[0];
        boolean distinctive = first.length() >= 5 && Character.isUpperCase(first.codePointAt(0)) && !first.equals(base);
        return distinctive ? Optional.of(first) : Optional.empty();
    }

    /** Case-sensitive on purpose: "Skolsystem" the company, not "skolsystem" the word. */
    private static Pattern capitalisedWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "s?(?![\\p{L}\\d])");
    }

    private static IdentityKind kindOf(RemovalKind kind) {
        return switch (kind) {
            case PERSON_NAME, HANDLE -> IdentityKind.PERSON;
            case EMAIL -> IdentityKind.EMAIL;
            case PHONE -> IdentityKind.PHONE;
            case ORGANISATION_NUMBER -> IdentityKind.ORGANISATION_NUMBER;
            case PERSONAL_IDENTITY_NUMBER -> IdentityKind.PERSONAL_IDENTITY_NUMBER;
            case ORGANISATION -> IdentityKind.VENDOR;
            // places, schools, addresses and links do not give the asker away; a product or company named
            // in a question to vendors is what questions are about
            case MUNICIPALITY, SCHOOL, NAME, ADDRESS, POSTCODE, IP_ADDRESS, URL -> null;
        };
    }
}
