package se.inkopsstod.tenancy.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.IdentityClaims;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.IdentityDirectory;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a login becomes a person: by verified e-mail the first time, by subject afterwards, and
 * never by an e-mail the provider does not vouch for or that another login already claimed.
 */
@InkopsstodIntegrationTest
class LinkingIdentityDirectoryIT {

    @Autowired
    IdentityDirectory directory;

    @Test
    void firstLoginWithVerifiedEmailLinksTheInvitedMemberAndLaterLoginsGoBySubject() {
        String email = invite();
        String subject = "sub-" + UUID.randomUUID();

        CurrentUser first = directory.resolve(new IdentityClaims(subject, email, true, "Vera Verified"));
        CurrentUser later = directory.resolve(new IdentityClaims(subject, "changed-" + email, true, "Vera V"));

        assertThat(first.id()).isNotNull();
        assertThat(first.tenant().name()).isEqualTo("Älvstads kommun");
        assertThat(first.roles()).containsExactly(Role.USER);
        assertThat(later.id()).isEqualTo(first.id());
    }

    @Test
    void anUnverifiedEmailNeverLinks() {
        String email = invite();

        CurrentUser unverified = directory.resolve(new IdentityClaims("sub-" + UUID.randomUUID(), email, false, "Mallory"));

        assertThat(unverified.id()).isNull();
        assertThat(unverified.tenant()).isNull();
        assertThat(unverified.roles()).isEmpty();
        // the invitation is still open for the real person
        assertThat(directory.resolve(new IdentityClaims("sub-" + UUID.randomUUID(), email, true, "Real")).id()).isNotNull();
    }

    @Test
    void aSecondLoginCannotClaimAnAlreadyLinkedEmail() {
        String email = invite();
        directory.resolve(new IdentityClaims("sub-" + UUID.randomUUID(), email, true, "First"));

        CurrentUser second = directory.resolve(new IdentityClaims("sub-" + UUID.randomUUID(), email, true, "Second"));

        assertThat(second.id()).isNull();
        assertThat(second.roles()).isEmpty();
    }

    @Test
    void someoneNobodyInvitedIsKnownByNameOnly() {
        CurrentUser stranger = directory.resolve(new IdentityClaims("sub-" + UUID.randomUUID(),
                "stranger@nowhere.example", true, "Stranger"));

        assertThat(stranger.id()).isNull();
        assertThat(stranger.name()).isEqualTo("Stranger");
        assertThat(stranger.tenant()).isNull();
        assertThat(stranger.vendorOrganisation()).isNull();
        assertThat(stranger.roles()).isEmpty();
    }

    private static String invite() {
        String email = "invited-" + UUID.randomUUID() + "@alvstad.example";
        assertThat(ApiSession.login("alvstad-admin").post("/api/tenant/members",
                "{\"name\":\"Invited\",\"email\":\"" + email + "\",\"roles\":[\"USER\"]}").statusCode()).isEqualTo(201);
        return email;
    }
}
