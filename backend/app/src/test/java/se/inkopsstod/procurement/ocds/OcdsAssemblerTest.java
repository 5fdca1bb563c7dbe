package se.inkopsstod.procurement.ocds;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.evaluation.EvaluationView;
import se.inkopsstod.procurement.model.Benefit;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.model.NeedStatus;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.model.Priority;
import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.qa.PublishedQuestionView;
import se.inkopsstod.procurement.vendors.AmendmentView;
import se.inkopsstod.procurement.workspace.ProcurementView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the export says at each stage, and what it never says, checked against the official schema. */
class OcdsAssemblerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant PUBLISHED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-04-01T10:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-04-10T09:00:00Z");
    private static final OcdsSources.Organisation HUVUDMAN = new OcdsSources.Organisation("tenant-1", "Älvstads kommun", "212000-9994");
    private static final OcdsSources.Organisation WINNER = new OcdsSources.Organisation("v-1", "Edulab Lärplattformar AB", "559100-0004");
    private static final OcdsSources.Organisation LOSER = new OcdsSources.Organisation("v-2", "Skolsystem Norden AB", "559100-0012");
    private static final List<PublishedRequirement> REQUIREMENTS = List.of(
            new PublishedRequirement("r-a", 1, "Inloggning ska ske via Skolfederation.", RequirementKind.MANDATORY, null,
                    RequirementCategory.IDENTITY_AND_EID, "Demonstration"),
            new PublishedRequirement("r-b", 2, "Lärare bör rapportera frånvaro med högst tre klick.", RequirementKind.EVALUATED, 60,
                    RequirementCategory.FUNCTION, null));

    @Test
    void aDraftIsAPlanningReleaseWithTheNeedsAsRationaleAndTheRequirementsAsItems() {
        JsonNode release = release(sources(Phase.REQUIREMENTS, null, null, null, null, DECIDED));
        assertThat(release.get("ocid").asString()).isEqualTo("ocds-abc123-p-1");
        assertThat(release.get("tag").toString()).isEqualTo("[\"planning\"]");
        assertThat(release.get("planning").get("rationale").asString()).isEqualTo("Lärare lägger för mycket tid på frånvaro.");
        assertThat(release.get("planning").get("budget").get("amount").get("amount").asLong()).isEqualTo(900_000);
        JsonNode tender = release.get("tender");
        assertThat(tender.get("status").asString()).isEqualTo("planning");
        assertThat(tender.get("items")).extracting(i -> i.get("id").asString()).containsExactly("K1", "K2");
        assertThat(tender.get("items").get(1).get("classification").get("description").asString()).isEqualTo("Bör-krav, vikt 60");
        assertThat(tender.has("tenderPeriod")).isFalse();
        assertThat(release.get("parties").get(0).get("roles").toString()).isEqualTo("[\"buyer\",\"procuringEntity\"]");
        assertThat(release.get("parties").get(0).get("identifier").get("id").asString()).isEqualTo("2120009994");
        assertThat(release.toString()).as("no proposed or rejected need, no team member")
                .doesNotContain("Avvisat behov").doesNotContain("Johan Berg");
    }

    @Test
    void openedTendersAreCountedButNotNamedBeforeTheAwardDecision() {
        OcdsSources sources = sources(Phase.EVALUATION, PUBLISHED.plus(Duration.ofDays(31)), null, null, null, DECIDED);
        String json = json(sources);
        JsonNode tender = release(sources).get("tender");
        assertThat(tender.get("status").asString()).isEqualTo("active");
        assertThat(tender.get("numberOfTenderers").asInt()).isEqualTo(2);
        assertThat(tender.has("tenderers")).isFalse();
        assertThat(tender.get("tenderPeriod").get("endDate").asString()).isEqualTo("2026-04-01T10:00:00Z");
        assertThat(tender.get("enquiryPeriod").get("endDate").asString()).isEqualTo("2026-03-20T23:59:59+01:00");
        assertThat(tender.get("procurementMethod").asString()).isEqualTo("open");
        assertThat(tender.get("awardCriteria").asString()).isEqualTo("ratedCriteria");
        assertThat(json).doesNotContain("Edulab").doesNotContain("Skolsystem").doesNotContain("559100");
    }

    @Test
    void theAwardNamesTheWinnerAndItsPriceAndTheTenderersButNoLosingPrice() {
        EvaluationView.Award award = new EvaluationView.Award("v-1", "", "Edulab vann; Skolsystem hade 777 000 kr.", DECIDED,
                DECIDED.plus(Duration.ofDays(10)), null);
        OcdsSources duringStandstill = sources(Phase.AWARDED, DEADLINE, award, WINNER, 500_000L, DECIDED.plus(Duration.ofDays(1)));
        JsonNode release = release(duringStandstill);
        JsonNode awarded = release.get("awards").get(0);
        assertThat(awarded.get("status").asString()).as("pending through the standstill").isEqualTo("pending");
        assertThat(awarded.get("value").get("amount").asLong()).isEqualTo(500_000);
        assertThat(awarded.get("suppliers").get(0).get("id").asString()).isEqualTo("SE-ORG-5591000004");
        assertThat(release.get("tender").get("status").asString()).isEqualTo("complete");
        assertThat(release.get("tender").get("tenderers")).hasSize(2);
        assertThat(release.get("tag").toString()).isEqualTo("[\"tender\",\"tenderAmendment\",\"award\"]");
        assertThat(release.has("contracts")).isFalse();
        JsonNode winner = party(release, "SE-ORG-5591000004");
        assertThat(winner.get("roles").toString()).isEqualTo("[\"tenderer\",\"supplier\"]");
        assertThat(winner.get("identifier").get("scheme").asString()).isEqualTo("SE-ORG");
        assertThat(party(release, "SE-ORG-5591000012").get("roles").toString()).isEqualTo("[\"tenderer\"]");
        assertThat(json(duringStandstill)).as("neither the losing price nor the decision's reasoning")
                .doesNotContain("777").doesNotContain("Skolsystem hade");

        EvaluationView.Award signed = new EvaluationView.Award("v-1", "", "", DECIDED, DECIDED.plus(Duration.ofDays(10)),
                DECIDED.plus(Duration.ofDays(12)));
        JsonNode contracted = release(sources(Phase.IMPLEMENTATION, DEADLINE, signed, WINNER, 500_000L, DECIDED.plus(Duration.ofDays(12))));
        assertThat(contracted.get("awards").get(0).get("status").asString()).isEqualTo("active");
        JsonNode contract = contracted.get("contracts").get(0);
        assertThat(contract.get("awardID").asString()).isEqualTo(contracted.get("awards").get(0).get("id").asString());
        assertThat(contract.get("dateSigned").asString()).isEqualTo("2026-04-22T09:00:00Z");
        assertThat(contracted.get("tag").toString()).contains("\"contract\"");
    }

    @Test
    void enquiriesAndAmendmentsSayWhatWasPublishedAndNeverWhoAsked() {
        JsonNode tender = release(sources(Phase.TENDERING, null, null, null, null, DECIDED)).get("tender");
        JsonNode enquiry = tender.get("enquiries").get(0);
        assertThat(enquiry.get("description").asString()).isEqualTo("Räcker SAML?");
        assertThat(enquiry.get("answer").asString()).isEqualTo("Ja.");
        assertThat(enquiry.get("relatedItem").asString()).isEqualTo("K2");
        assertThat(enquiry.has("author")).isFalse();
        assertThat(enquiry.has("date")).as("when it was asked could point at the asker").isFalse();
        JsonNode amendment = tender.get("amendments").get(0);
        assertThat(amendment.get("description").asString()).isEqualTo("K2 ändrat: vikt");
        assertThat(amendment.get("rationale").asString()).isEqualTo("Vikten justerad.");
    }

    @Test
    void aProcurementClosedAfterPublicationIsACancelledTender() {
        JsonNode release = release(sources(Phase.CLOSED, null, null, null, null, DECIDED));
        assertThat(release.get("tender").get("status").asString()).isEqualTo("cancelled");
        assertThat(release.get("tag").toString()).contains("tenderCancellation");
    }

    @Test
    void theSchemaCheckIsNoFormality() {
        ObjectNode broken = (ObjectNode) JSON.readTree(json(sources(Phase.TENDERING, null, null, null, null, DECIDED)));
        ObjectNode release = (ObjectNode) broken.get("releases").get(0);
        release.remove("ocid");
        release.putArray("tag").add("compiledish");
        ((ObjectNode) release.get("tender")).put("numberOfTenderers", "två");
        broken.put("publishedDate", "igår");
        assertThat(String.join("\n", OcdsSchema.errors(broken)))
                .contains("ocid", "/releases/0/tag/0", "numberOfTenderers", "publishedDate");
    }

    private static JsonNode party(JsonNode release, String id) {
        for (JsonNode party : release.get("parties")) {
            if (party.get("id").asString().equals(id)) {
                return party;
            }
        }
        throw new AssertionError("no party " + id + " in " + release.get("parties"));
    }

    /** The package's one release, after checking the whole package against the official schema. */
    private static JsonNode release(OcdsSources sources) {
        JsonNode releasePackage = JSON.readTree(json(sources));
        assertThat(OcdsSchema.errors(releasePackage)).isEmpty();
        assertThat(releasePackage.get("releases")).hasSize(1);
        return releasePackage.get("releases").get(0);
    }

    private static String json(OcdsSources sources) {
        return JSON.writeValueAsString(OcdsAssembler.assemble("ocds-abc123", sources));
    }

    /** A procurement at {@code phase}: published unless still being drafted, opened once {@code openedAt} is given. */
    private static OcdsSources sources(Phase phase, Instant openedAt, EvaluationView.Award award, OcdsSources.Organisation winner,
                                       Long winningPrice, Instant now) {
        boolean published = phase.compareTo(Phase.TENDERING) >= 0;
        ProcurementView procurement = new ProcurementView("p-1", 7, "Lärplattform", "En lärplattform för grundskolan.", "teaching",
                Procedure.OPEN, phase, 900_000, null, null, List.of(new ProcurementView.TeamMember("m-1", "Johan Berg")),
                Set.of(), PUBLISHED);
        List<NeedView> needs = List.of(need("Lärare lägger för mycket tid på frånvaro.", NeedStatus.ACCEPTED),
                need("Avvisat behov", NeedStatus.REJECTED));
        Publication publication = published ? new Publication(PUBLISHED, DEADLINE, LocalDate.parse("2026-03-20"),
                Publication.answersDueBy(DEADLINE, false), EvaluationModel.PRICE_AND_QUALITY, false, 2, 100_000L) : null;
        List<AmendmentView> amendments = published ? List.of(new AmendmentView(1, PUBLISHED.plus(Duration.ofDays(3)), 2, "r-b", false,
                List.of(new HistoryEntry.Change("weight", "50", "60")), "Vikten justerad.", false)) : List.of();
        List<PublishedQuestionView> answers = published ? List.of(new PublishedQuestionView("q-1", "Räcker SAML?", "Ja.", "r-b",
                PUBLISHED.plus(Duration.ofDays(5)), false)) : List.of();
        return new OcdsSources("https://inkopsstod.example", procurement, HUVUDMAN, needs, REQUIREMENTS, Map.of("r-a", 1, "r-b", 2),
                publication, amendments, answers, openedAt, openedAt == null ? List.of() : List.of(WINNER, LOSER), award, winner,
                winningPrice, now);
    }

    private static NeedView need(String statement, NeedStatus status) {
        return new NeedView("n-" + statement.hashCode(), 1, "p-1", statement, "teacher", "attendance", Priority.HIGH, null,
                new Benefit(null, null, null, null, null), status, null, null, 0, false, new NeedView.Person("m-1", "Johan Berg"),
                PUBLISHED);
    }
}
