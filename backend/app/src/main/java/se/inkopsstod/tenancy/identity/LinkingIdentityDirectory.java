package se.inkopsstod.tenancy.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.IdentityClaims;
import se.inkopsstod.shared.OrganisationRef;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.IdentityDirectory;
import se.inkopsstod.tenancy.api.LinkMemberIdentityCommand;
import se.inkopsstod.tenancy.api.LinkStaffIdentityCommand;
import se.inkopsstod.tenancy.api.LinkVendorUserIdentityCommand;
import se.inkopsstod.tenancy.directory.Directory;
import se.inkopsstod.tenancy.directory.DirectoryPerson;

import java.util.Optional;

/**
 * Identity comes from the provider, membership and roles from our own records. A person added
 * by e-mail is linked to the provider's subject at their first login, and only if the provider
 * vouches for the e-mail address ({@code email_verified}); after that the subject alone counts.
 */
@Service
class LinkingIdentityDirectory implements IdentityDirectory {

    private static final Logger log = LoggerFactory.getLogger(LinkingIdentityDirectory.class);

    private final Directory directory;
    private final Commands commands;

    LinkingIdentityDirectory(Directory directory, Commands commands) {
        this.directory = directory;
        this.commands = commands;
    }

    @Override
    public CurrentUser resolve(IdentityClaims claims) {
        Optional<DirectoryPerson> linked = directory.bySubject(claims.subject());
        if (linked.isPresent()) {
            return toCurrentUser(linked.get());
        }
        if (!claims.emailVerified() || claims.email() == null) {
            return CurrentUser.unknown(claims);
        }
        return directory.byEmail(claims.email())
                .filter(person -> person.subject() == null)
                .map(person -> link(person, claims.subject()))
                .orElseGet(() -> CurrentUser.unknown(claims));
    }

    private CurrentUser link(DirectoryPerson person, String subject) {
        PersonId id = PersonId.of(person.personId());
        if (person.tenantId() != null) {
            commands.sendAsSystem(new LinkMemberIdentityCommand(TenantId.of(person.tenantId()), id, subject));
        } else if (person.vendorOrganisationId() != null) {
            commands.sendAsSystem(new LinkVendorUserIdentityCommand(VendorOrganisationId.of(person.vendorOrganisationId()), id, subject));
        } else {
            commands.sendAsSystem(new LinkStaffIdentityCommand(id, subject));
        }
        log.info("Linked {} to their login at the first sign-in", person.personId());
        return toCurrentUser(person);
    }

    private static CurrentUser toCurrentUser(DirectoryPerson person) {
        return new CurrentUser(PersonId.of(person.personId()), person.name(), person.email(),
                person.tenantId() == null ? null : new OrganisationRef(person.tenantId(), person.tenantName()),
                person.vendorOrganisationId() == null ? null
                        : new OrganisationRef(person.vendorOrganisationId(), person.vendorOrganisationName()),
                person.roles());
    }
}
