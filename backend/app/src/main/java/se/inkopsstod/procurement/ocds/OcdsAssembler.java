package se.inkopsstod.procurement.ocds;

import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.evaluation.EvaluationView;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.model.NeedStatus;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.qa.PublishedQuestionView;
import se.inkopsstod.procurement.vendors.AmendmentView;
import se.inkopsstod.procurement.workspace.ProcurementView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what was read ({@link OcdsSources}) into an OCDS 1.1 release package. Pure: no reads, no
 * clock, so every rule about what goes out can be tested without the application.
 */
final class OcdsAssembler {

    /** The Enquiries extension (tender.enquiries), at the release that matches OCDS 1.1. */
    static final String ENQUIRY_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/v1.1.5/extension.json";
    static final String SCHEME_SE_ORG = "SE-ORG";
    static final String AWARD_ID = "1";
    static final String CONTRACT_ID = "1";

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Map<String, String> FIELD_NAMES = Map.of("text", "kravtext", "kind", "kravtyp", "weight", "vikt",
            "category", "kategori", "verificationMethod", "verifieringsmetod");

    private OcdsAssembler() {
    }

    static String ocid(String prefix, String procurementId) {
        return prefix + "-" + procurementId;
    }

    /** A requirement's number as everyone reads it: K1, K2 … */
    static String requirementNumber(int number) {
        return "K" + number;
    }

    static OcdsPackage assemble(String ocidPrefix, OcdsSources s) {
        ProcurementView procurement = s.procurement();
        String ocid = ocid(ocidPrefix, procurement.id());
        boolean published = s.publication() != null;
        EvaluationView.Award award = s.award();
        boolean awarded = award != null;
        boolean contracted = awarded && award.contractSignedAt() != null;
        boolean cancelled = published && !awarded && procurement.phase() == Phase.CLOSED;

        Parties parties = new Parties();
        OcdsRelease.OrganizationReference buyer = parties.add(s.huvudman(), "buyer", "procuringEntity");
        // who tendered is secret until the award decision (OSL 19 kap. 3 §); only then are the tenderers named
        List<OcdsRelease.OrganizationReference> tenderers = awarded
                ? s.tenderers().stream().map(t -> parties.add(t, "tenderer")).toList() : List.of();
        OcdsRelease.OrganizationReference supplier = awarded && s.winner() != null ? parties.add(s.winner(), "supplier") : null;

        OcdsRelease release = new OcdsRelease(ocid, ocid + "-" + COMPACT.format(s.now()), dateTime(s.now()),
                OcdsCodes.tags(published, !s.amendments().isEmpty(), cancelled, awarded, contracted), "tender", "sv",
                parties.all(), buyer, planning(procurement, s.needs()),
                tender(s, buyer, published, awarded, tenderers),
                awarded ? List.of(award(s, award, supplier)) : List.of(),
                contracted ? List.of(new OcdsRelease.Contract(CONTRACT_ID, AWARD_ID, "active", dateTime(award.contractSignedAt()),
                        value(s.winningPriceSek()))) : List.of());
        return new OcdsPackage(s.baseUrl() + "/api/procurements/" + procurement.id() + "/ocds", "1.1",
                List.of(ENQUIRY_EXTENSION), dateTime(s.now()),
                new OcdsPackage.Publisher(s.huvudman().name(), hasNumber(s.huvudman()) ? SCHEME_SE_ORG : null,
                        hasNumber(s.huvudman()) ? digits(s.huvudman().organisationNumber()) : null),
                List.of(release));
    }

    /** Why the procurement is made: the needs the buyers accepted, one a line. */
    private static OcdsRelease.Planning planning(ProcurementView procurement, List<NeedView> needs) {
        String rationale = needs.stream().filter(n -> n.status() == NeedStatus.ACCEPTED).map(NeedView::statement)
                .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
        OcdsRelease.Budget budget = procurement.estimatedValueSek() > 0
                ? new OcdsRelease.Budget("Uppskattat värde", OcdsRelease.Value.sek(procurement.estimatedValueSek())) : null;
        return rationale.isEmpty() && budget == null ? null : new OcdsRelease.Planning(rationale, budget);
    }

    private static OcdsRelease.Tender tender(OcdsSources s, OcdsRelease.OrganizationReference buyer, boolean published, boolean awarded,
                                             List<OcdsRelease.OrganizationReference> tenderers) {
        ProcurementView procurement = s.procurement();
        Publication publication = s.publication();
        OcdsCodes.Method method = OcdsCodes.method(procurement.procedure());
        return new OcdsRelease.Tender(procurement.id(), procurement.title(), procurement.description(),
                OcdsCodes.tenderStatus(procurement.phase(), published, awarded), buyer,
                s.requirements().stream().map(OcdsAssembler::item).toList(), method.code(), method.details(),
                published ? OcdsCodes.awardCriteria(publication.evaluationModel()) : null,
                published ? OcdsCodes.awardCriteriaDetails(publication.evaluationModel(), publication.qualityValueSek()) : null,
                published ? List.of("electronicSubmission") : List.of(),
                published ? new OcdsRelease.Period(dateTime(publication.publishedAt()), dateTime(publication.tenderDeadline())) : null,
                published && publication.lastQuestionDay() != null
                        ? new OcdsRelease.Period(dateTime(publication.publishedAt()), endOf(publication.lastQuestionDay())) : null,
                null, s.openedAt() != null ? s.tenderers().size() : null, tenderers,
                s.amendments().stream().map(a -> amendment(a, s.numbers())).toList(),
                s.answers().stream().map(q -> enquiry(q, s.numbers())).toList());
    }

    private static OcdsRelease.Item item(PublishedRequirement r) {
        String kind = r.kind() == RequirementKind.MANDATORY ? "Ska-krav"
                : r.weight() == null ? "Bör-krav" : "Bör-krav, vikt " + r.weight();
        return new OcdsRelease.Item(requirementNumber(r.number()), r.text(),
                new OcdsRelease.Classification("INKOPSSTOD-KRAVTYP", r.kind().name(), kind),
                r.category() == null ? List.of()
                        : List.of(new OcdsRelease.Classification("INKOPSSTOD-KRAVKATEGORI", r.category().name(), null)));
    }

    private static OcdsRelease.Amendment amendment(AmendmentView a, Map<String, Integer> numbers) {
        String requirement = numbers.containsKey(a.requirementId()) ? requirementNumber(numbers.get(a.requirementId())) : "ett krav";
        String what = a.withdrawn() ? requirement + " återkallat"
                : requirement + " ändrat: " + a.changes().stream().map(HistoryEntry.Change::field)
                        .map(f -> FIELD_NAMES.getOrDefault(f, f)).collect(Collectors.joining(", "));
        return new OcdsRelease.Amendment(String.valueOf(a.number()), dateTime(a.at()), a.reason(), what);
    }

    /** Never an {@code author}: the asker's identity stays secret (OSL 19 kap. 3 §), also in open data. */
    private static OcdsRelease.Enquiry enquiry(PublishedQuestionView q, Map<String, Integer> numbers) {
        Integer number = q.requirementId() == null ? null : numbers.get(q.requirementId());
        return new OcdsRelease.Enquiry(q.id(), q.question(), q.answer(), dateTime(q.publishedAt()),
                number == null ? null : requirementNumber(number));
    }

    private static OcdsRelease.Award award(OcdsSources s, EvaluationView.Award award, OcdsRelease.OrganizationReference supplier) {
        // the reasoning of the decision is left out: written to the tenderers, it may name losing tenders and their prices
        return new OcdsRelease.Award(AWARD_ID, OcdsCodes.awardStatus(award.standstillEndsAt(), award.contractSignedAt(), s.now()),
                dateTime(award.decidedAt()), value(s.winningPriceSek()), supplier == null ? List.of() : List.of(supplier));
    }

    private static OcdsRelease.Value value(Long sek) {
        return sek == null ? null : OcdsRelease.Value.sek(sek);
    }

    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The last moment of a Swedish calendar day (the last day for questions is a day, not a moment). */
    static String endOf(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(Publication.SWEDEN).toOffsetDateTime().toString();
    }

    private static boolean hasNumber(OcdsSources.Organisation organisation) {
        return organisation.organisationNumber() != null && !digits(organisation.organisationNumber()).isEmpty();
    }

    /** An organisation number as SE-ORG writes it: ten digits, no hyphen. */
    static String digits(String organisationNumber) {
        return organisationNumber.replaceAll("\\D", "");
    }

    /** The parties of the release, each once, with every role it plays. */
    private static final class Parties {

        private final Map<String, OcdsRelease.Party> byId = new LinkedHashMap<>();

        OcdsRelease.OrganizationReference add(OcdsSources.Organisation organisation, String... roles) {
            boolean numbered = hasNumber(organisation);
            String id = numbered ? SCHEME_SE_ORG + "-" + digits(organisation.organisationNumber()) : organisation.id();
            OcdsRelease.Party known = byId.get(id);
            List<String> allRoles = new ArrayList<>(known == null ? List.of() : known.roles());
            for (String role : roles) {
                if (!allRoles.contains(role)) {
                    allRoles.add(role);
                }
            }
            byId.put(id, new OcdsRelease.Party(id, organisation.name(),
                    numbered ? new OcdsRelease.Identifier(SCHEME_SE_ORG, digits(organisation.organisationNumber()), organisation.name()) : null,
                    allRoles));
            return new OcdsRelease.OrganizationReference(id, organisation.name());
        }

        List<OcdsRelease.Party> all() {
            return List.copyOf(byId.values());
        }
    }
}
