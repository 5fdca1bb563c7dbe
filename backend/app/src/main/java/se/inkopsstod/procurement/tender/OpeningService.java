package se.inkopsstod.procurement.tender;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.OpeningId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The opening of tenders: a buyer appoints openers among the people who can enter the
 * procurement; after the deadline each of them confirms, and the second confirmation opens the
 * tenders ({@link TenderOpening}). Everyone of the team sees how far it has come.
 */
@Service
class OpeningService {

    private final VendorAccess vendors;
    private final Openings openings;
    private final Tenders tenders;
    private final Commands commands;
    private final Clock clock;

    OpeningService(VendorAccess vendors, Openings openings, Tenders tenders, Commands commands, Clock clock) {
        this.vendors = vendors;
        this.openings = openings;
        this.tenders = tenders;
        this.commands = commands;
        this.clock = clock;
    }

    static OpeningId idOf(ProcurementId procurement) {
        return OpeningId.forProcurement(procurement);
    }

    Mono<OpeningView> view(ProcurementAccess access) {
        access.requireMember();
        return Blocking.call(() -> read(access));
    }

    Mono<OpeningView> appoint(ProcurementAccess access, List<String> personIds) {
        access.requireBuyer();
        return Blocking.call(() -> {
                    ProcurementId procurement = access.procurementId();
                    requirePublished(procurement);
                    Set<String> candidates = openings.candidates(access.tenantId(), procurement).stream()
                            .map(OpeningView.Person::personId).collect(Collectors.toSet());
                    Set<PersonId> openers = new LinkedHashSet<>();
                    for (String person : personIds) {
                        if (!candidates.contains(person)) {
                            throw new InvalidInputException("opening.not-member", "openers",
                                    "Every opener must be someone who can enter the procurement: its buyers or its team.");
                        }
                        openers.add(PersonId.of(person));
                    }
                    return new AppointOpenersCommand(idOf(procurement), access.tenantId(), procurement, openers,
                            access.user().requireId());
                })
                .flatMap(command -> commands.send(command, access.user()))
                .then(Blocking.call(() -> read(access)));
    }

    Mono<OpeningView> confirm(ProcurementAccess access) {
        access.requireMember();
        return Blocking.call(() -> {
                    ProcurementId procurement = access.procurementId();
                    Publication publication = requirePublished(procurement);
                    if (!openings.appointed(procurement)) {
                        throw new ConflictException("opening.not-appointed", "No openers are appointed yet: a buyer appoints them first.");
                    }
                    return new ConfirmOpeningCommand(idOf(procurement), access.tenantId(), access.user().requireId(),
                            publication.tenderDeadline(), clock.instant(), tenders.forOpening(procurement, publication));
                })
                .flatMap(command -> commands.send(command, access.user()))
                .then(Blocking.call(() -> read(access)));
    }

    private OpeningView read(ProcurementAccess access) {
        Publication publication = requirePublished(access.procurementId());
        return openings.view(access.tenantId(), access.procurementId(), publication.tenderDeadline(), clock.instant());
    }

    private Publication requirePublished(ProcurementId procurement) {
        return vendors.publication(procurement).orElseThrow(() -> new NotFoundException("The tender is not published yet.").withMessageKey("not-found.tender-unpublished"));
    }
}
