package se.inkopsstod.procurement.ocds;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.evaluation.EvaluationView;
import se.inkopsstod.procurement.evaluation.Evaluations;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.need.NeedQueries;
import se.inkopsstod.procurement.qa.QuestionsAndAnswers;
import se.inkopsstod.procurement.tender.OpeningView;
import se.inkopsstod.procurement.tender.Openings;
import se.inkopsstod.procurement.tender.Tenders;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.procurement.workspace.ProcurementView;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.TenantView;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OCDS export of a procurement, for the huvudman's own team (it publishes the data; vendors
 * read what is published to them elsewhere). Reads the feature read models the way their own
 * routes do and leaves out, at the read, what may never be published.
 */
@Service
class OcdsService {

    private final Workspace workspace;
    private final NeedQueries needs;
    private final VendorAccess vendors;
    private final QuestionsAndAnswers questions;
    private final Tenders tenders;
    private final Openings openings;
    private final Evaluations evaluations;
    private final Organisations organisations;
    private final OcdsProperties properties;
    private final String publicBaseUrl;
    private final Clock clock;

    OcdsService(Workspace workspace, NeedQueries needs, VendorAccess vendors, QuestionsAndAnswers questions, Tenders tenders,
                Openings openings, Evaluations evaluations, Organisations organisations, OcdsProperties properties,
                @Value("${inkopsstod.public-base-url}") String publicBaseUrl, Clock clock) {
        this.workspace = workspace;
        this.needs = needs;
        this.vendors = vendors;
        this.questions = questions;
        this.tenders = tenders;
        this.openings = openings;
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
    }

    Mono<OcdsPackage> export(ProcurementAccess access) {
        access.requireMember();
        return Blocking.call(() -> OcdsAssembler.assemble(properties.ocidPrefix(), read(access)));
    }

    private OcdsSources read(ProcurementAccess access) {
        ProcurementView procurement = workspace.view(access);
        ProcurementId id = access.procurementId();
        Optional<Publication> publication = vendors.publication(id);
        List<PublishedRequirement> current = vendors.publishable(id);
        Map<String, Integer> numbers = new HashMap<>();
        current.forEach(r -> numbers.put(r.requirementId(), r.number()));
        Instant openedAt = tenders.openedAt(id).orElse(null);
        // the opening record, not the tenders: nothing sealed is opened for an export
        List<OpeningView.Line> record = openedAt == null ? List.of() : openings.record(id);
        EvaluationView.Award award = evaluations.award(id).orElse(null);
        OcdsSources.Organisation winner = award == null ? null : vendor(award.winnerVendorOrganisationId(), "");
        Long winningPrice = award == null ? null : record.stream()
                .filter(line -> line.vendorOrganisationId().equals(award.winnerVendorOrganisationId()))
                .map(OpeningView.Line::priceSek).findFirst().orElse(null);
        return new OcdsSources(publicBaseUrl, procurement, huvudman(access), needs.needs(access),
                publication.isPresent() ? vendors.published(id) : current, numbers, publication.orElse(null),
                publication.isPresent() ? vendors.amendments(id) : List.of(), questions.published(id), openedAt,
                record.stream().map(line -> vendor(line.vendorOrganisationId(), line.vendorName())).toList(), award, winner,
                winningPrice, clock.instant());
    }

    private OcdsSources.Organisation huvudman(ProcurementAccess access) {
        String tenant = access.tenantId().value();
        Optional<TenantView> view = organisations.tenant(tenant);
        return new OcdsSources.Organisation(tenant, view.map(TenantView::name).orElse(""),
                view.map(TenantView::organisationNumber).orElse(null));
    }

    private OcdsSources.Organisation vendor(String vendorOrganisationId, String nameAtOpening) {
        Optional<VendorOrganisationView> view = organisations.vendorOrganisation(vendorOrganisationId);
        return new OcdsSources.Organisation(vendorOrganisationId, view.map(VendorOrganisationView::name).orElse(nameAtOpening),
                view.map(VendorOrganisationView::organisationNumber).orElse(null));
    }
}
