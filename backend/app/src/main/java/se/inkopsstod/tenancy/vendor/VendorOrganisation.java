package se.inkopsstod.tenancy.vendor;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.AddVendorUserCommand;
import se.inkopsstod.tenancy.api.LinkVendorUserIdentityCommand;
import se.inkopsstod.tenancy.api.RegisterVendorOrganisationCommand;
import se.inkopsstod.tenancy.api.VendorOrganisationRegisteredEvent;
import se.inkopsstod.tenancy.api.VendorUserAddedEvent;
import se.inkopsstod.tenancy.api.VendorUserIdentityLinkedEvent;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A supplier organisation, once for the whole platform, with its own users. */
@Aggregate
class VendorOrganisation {

    @AggregateIdentifier
    private VendorOrganisationId vendorOrganisationId;
    /** user id → linked subject (null until the first login) */
    private final Map<PersonId, String> users = new HashMap<>();
    private final Map<String, PersonId> usersByEmail = new HashMap<>();

    VendorOrganisation() {
        // for Axon
    }

    @CommandHandler
    VendorOrganisation(RegisterVendorOrganisationCommand command) {
        apply(new VendorOrganisationRegisteredEvent(command.vendorOrganisationId(), command.name().strip(),
                command.organisationNumber()));
    }

    @CommandHandler
    void handle(AddVendorUserCommand command) {
        String email = command.email().strip().toLowerCase(Locale.ROOT);
        if (usersByEmail.containsKey(email)) {
            throw new ConflictException("member.email-taken", "Someone with that e-mail address is already a user.").withMessageKey("member.email-taken.vendor-user");
        }
        apply(new VendorUserAddedEvent(vendorOrganisationId, command.userId(), command.name().strip(), email));
    }

    @CommandHandler
    void handle(LinkVendorUserIdentityCommand command) {
        if (!users.containsKey(command.userId())) {
            throw new NotFoundException("No such vendor user.").withMessageKey("not-found.vendor-user");
        }
        String linked = users.get(command.userId());
        if (command.subject().equals(linked)) {
            return;
        }
        if (linked != null) {
            throw new ConflictException("member.already-linked", "This user already logs in with another account.").withMessageKey("member.already-linked.user");
        }
        apply(new VendorUserIdentityLinkedEvent(vendorOrganisationId, command.userId(), command.subject()));
    }

    @EventSourcingHandler
    void on(VendorOrganisationRegisteredEvent event) {
        vendorOrganisationId = event.vendorOrganisationId();
    }

    @EventSourcingHandler
    void on(VendorUserAddedEvent event) {
        users.put(event.userId(), null);
        usersByEmail.put(event.email(), event.userId());
    }

    @EventSourcingHandler
    void on(VendorUserIdentityLinkedEvent event) {
        users.put(event.userId(), event.subject());
    }
}
