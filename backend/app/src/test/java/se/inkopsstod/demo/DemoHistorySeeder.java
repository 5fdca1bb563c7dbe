package se.inkopsstod.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.api.AnswerSurveyCommand;
import se.inkopsstod.outcomes.api.ApproveLessonCommand;
import se.inkopsstod.outcomes.api.LessonCategory;
import se.inkopsstod.outcomes.api.SubmitLessonCommand;
import se.inkopsstod.outcomes.api.CloseFollowUpCommand;
import se.inkopsstod.outcomes.api.OpenFollowUpCommand;
import se.inkopsstod.outcomes.api.RecordFollowUpFactsCommand;
import se.inkopsstod.outcomes.api.RecordIndicatorOutcomeCommand;
import se.inkopsstod.outcomes.api.SurveyQuestion;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.need.AcceptNeedCommand;
import se.inkopsstod.procurement.qa.AskQuestionCommand;
import se.inkopsstod.procurement.model.Benefit;
import se.inkopsstod.procurement.workspace.ChangePhaseCommand;
import se.inkopsstod.procurement.tender.Compliance;
import se.inkopsstod.procurement.workspace.CreateProcurementCommand;
import se.inkopsstod.procurement.requirement.CreateRequirementCommand;
import se.inkopsstod.procurement.evaluation.DecideAwardCommand;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.InviteVendorCommand;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.Priority;
import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.need.ProposeNeedCommand;
import se.inkopsstod.procurement.model.PublishTenderCommand;
import se.inkopsstod.procurement.model.NumberRequirementCommand;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.tender.SaveTenderCommand;
import se.inkopsstod.procurement.tender.SubmitTenderCommand;
import se.inkopsstod.procurement.model.TemplateRef;
import se.inkopsstod.procurement.model.TemplateView;
import se.inkopsstod.procurement.tender.TenderResponse;
import se.inkopsstod.procurement.evaluation.Evaluations;
import se.inkopsstod.procurement.library.Library;
import se.inkopsstod.procurement.tender.Tenders;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.TemplateId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.AddMemberCommand;
import se.inkopsstod.tenancy.api.MemberView;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.RegisterTenantCommand;
import se.inkopsstod.tenancy.api.TenantMembers;
import se.inkopsstod.tenancy.api.TenantView;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Seeds the demo history through the same commands people use, with events stamped at past dates
 * ({@link PastClock}): 13 synthetic huvudmän whose procurements went from first need to a closed
 * follow-up, which the anonymisation boundary then shares with insights like any other; and in
 * Älvstad a procurement whose tender deadline has passed, with two sealed tenders to evaluate.
 * Deterministic (fixed random seed); runs once, when the first synthetic huvudman is missing.
 */
@Component
@Order(4)
@ConditionalOnBooleanProperty("inkopsstod.demo-data.enabled")
class DemoHistorySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistorySeeder.class);
    private static final Map<String, Scenario> SCENARIOS = Map.of(
            "teaching", new Scenario("Lärplattform för grundskolan", "teacher",
                    "Lärare ska kunna samla uppgifter, inlämningar och återkoppling på ett ställe",
                    "Minuter per vecka på att hantera inlämningar", 150, 60, "min", 80, 220, 660),
            "attendance", new Scenario("Frånvarohantering", "guardian",
                    "Vårdnadshavare ska kunna anmäla frånvaro och få besked samma dag",
                    "Andel frånvaroanmälningar som görs digitalt", 35, 90, "%", 25, 70, 480),
            "guardian-communication", new Scenario("Kommunikation med vårdnadshavare", "guardian",
                    "Vårdnadshavare ska nå skolans information på sitt eget språk",
                    "Andel vårdnadshavare som läser veckobrevet", 40, 80, "%", 20, 60, 330));
    private static final String[] EXTRA_REQUIREMENTS = {
            "Lösningen ska följa EN 301 549 och WCAG 2.1 nivå AA.",
            "Personuppgifter ska behandlas inom EU/EES enligt ett personuppgiftsbiträdesavtal.",
            "Leverantören ska erbjuda utbildning för lärare vid införandet.",
            "All data ska kunna exporteras i ett öppet format när avtalet upphör.",
            "Inloggning ska ske via Skolfederation.",
            "Elev- och gruppdata ska hämtas enligt SS 12000.",
            "Tjänsten ska vara tillgänglig 99,5 % av skoltiden.",
            "Support ska finnas på svenska under skoldagar 07–17."};
    private static final RequirementCategory[] EXTRA_CATEGORIES = {
            RequirementCategory.ACCESSIBILITY, RequirementCategory.SECURITY_AND_PRIVACY, RequirementCategory.SUPPORT_AND_TRAINING,
            RequirementCategory.EXIT_AND_PORTABILITY, RequirementCategory.IDENTITY_AND_EID, RequirementCategory.INTEROPERABILITY,
            RequirementCategory.CAPACITY_AND_AVAILABILITY, RequirementCategory.SUPPORT_AND_TRAINING};

    private final Commands commands;
    private final Organisations organisations;
    private final TenantMembers members;
    private final Library library;
    private final Clock clock;

    DemoHistorySeeder(Commands commands, Organisations organisations, TenantMembers members, Library library, Clock clock) {
        this.commands = commands;
        this.organisations = organisations;
        this.members = members;
        this.library = library;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<TenantView> tenants = organisations.tenants();
        // by name: the synthetic huvudmän's organisation numbers got valid check digits, a kept development database has the old ones
        if (tenants.stream().anyMatch(t -> t.name().equals(SyntheticTenant.ALL.get(0).name()))) {
            log.info("Demo history: present already, nothing seeded");
            return;
        }
        List<VendorOrganisationView> vendors = organisations.vendorOrganisations();
        if (vendors.size() < 2) {
            log.info("Demo history: needs the two demo vendors, nothing seeded");
            return;
        }
        Random random = new Random(2026);
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        int procurements = 0;
        try (PastClock past = new PastClock()) {
            for (SyntheticTenant synthetic : SyntheticTenant.ALL) {
                TenantId tenant = TenantId.random();
                PersonId buyer = PersonId.random();
                past.at(now.minus(Duration.ofDays(720)));
                commands.sendAsSystem(new RegisterTenantCommand(tenant, synthetic.name(), synthetic.organisationNumber(),
                        synthetic.kind(), synthetic.county(), synthetic.pupils()));
                String mailbox = "inkop" + synthetic.organisationNumber().replace("-", "");
                commands.sendAsSystem(new AddMemberCommand(tenant, buyer, "Upphandlare " + synthetic.name(),
                        mailbox + "@demo.inkopsstod.example", Set.of(Role.TENANT_ADMIN, Role.BUYER)));
                for (String category : synthetic.categories()) {
                    closedProcurement(past, random, now, synthetic, tenant, buyer, category, vendors);
                    procurements++;
                }
                lesson(past, now, tenant, buyer, SyntheticTenant.ALL.indexOf(synthetic));
            }
            tenants.stream().filter(t -> t.name().startsWith("Älvstad")).findFirst().ifPresent(alvstad -> {
                procurementToEvaluate(past, now, alvstad, vendors);
                procurementToFollowUp(past, random, now, alvstad, vendors);
            });
        }
        log.info("Demo history: seeded {} synthetic huvudmän with {} closed procurements", SyntheticTenant.ALL.size(), procurements);
    }

    /** From the first need to a closed follow-up, spread over the last two years. */
    private void closedProcurement(PastClock past, Random random, Instant now, SyntheticTenant synthetic, TenantId tenant,
                                   PersonId buyer, String category, List<VendorOrganisationView> vendors) {
        Scenario scenario = SCENARIOS.get(category);
        // each category's procurements ran at about the same time, so trends per quarter have enough huvudmän
        Instant start = now.minus(Duration.ofDays(scenario.startedDaysAgo() + random.nextInt(20)));
        ProcurementId procurement = ProcurementId.random();
        past.at(start);
        commands.sendAsSystem(new CreateProcurementCommand(procurement, tenant, scenario.title(), "Genomförd upphandling (demo).",
                category, Procedure.OPEN, 300_000L + random.nextInt(40) * 50_000L, null, null, buyer));
        NeedId need = NeedId.random();
        past.at(start.plus(Duration.ofDays(3)));
        commands.sendAsSystem(new ProposeNeedCommand(need, tenant, procurement, new NeedContent(scenario.need(), scenario.perspective(),
                category, Priority.HIGH, "Läroplanen", new Benefit("Mindre administration, mer tid för eleverna", scenario.indicator(),
                BigDecimal.valueOf(scenario.baseline()), BigDecimal.valueOf(scenario.target()), scenario.unit())), buyer));
        commands.sendAsSystem(new AcceptNeedCommand(need, tenant));
        past.at(start.plus(Duration.ofDays(20)));
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.REQUIREMENTS, clock.instant()));
        List<TemplateView> templates = library.search(null, null, null, category, false);
        int fromTemplates = Math.min(templates.size(), 1 + random.nextInt(3));
        for (int i = 0; i < fromTemplates; i++) {
            TemplateView template = templates.get(i);
            createRequirement(RequirementId.random(), tenant, procurement, new RequirementContent(
                    template.text(), template.kind(), template.defaultWeight(), template.category(), template.verificationMethod(),
                    Set.of(need)), new TemplateRef(TemplateId.of(template.id()), template.revision()), buyer);
        }
        int own = 3 + random.nextInt(6);
        for (int i = 0; i < own; i++) {
            int pick = random.nextInt(EXTRA_REQUIREMENTS.length);
            boolean evaluated = random.nextBoolean();
            createRequirement(RequirementId.random(), tenant, procurement, new RequirementContent(
                    EXTRA_REQUIREMENTS[pick], evaluated ? RequirementKind.EVALUATED : RequirementKind.MANDATORY,
                    evaluated ? 10 + random.nextInt(30) : null, EXTRA_CATEGORIES[pick], "Intyg", Set.of(need)), null, buyer);
        }
        int questions = 1 + random.nextInt(8);
        for (int i = 0; i < questions; i++) {
            past.at(start.plus(Duration.ofDays(40 + i)));
            commands.sendAsSystem(new AskQuestionCommand(QuestionId.random(), tenant, procurement,
                    VendorOrganisationId.of(vendors.get(i % 2).id()), PersonId.random(), "Fråga " + (i + 1) + " om kraven.", null,
                    null, start.plus(Duration.ofDays(40 + i))));
        }
        for (Phase phase : List.of(Phase.TENDERING, Phase.EVALUATION)) {
            past.at(start.plus(Duration.ofDays(phase == Phase.TENDERING ? 35 : 75)));
            commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, phase, clock.instant()));
        }
        Instant awarded = start.plus(Duration.ofDays(100 + random.nextInt(40)));
        past.at(awarded);
        commands.sendAsSystem(new DecideAwardCommand(Evaluations.idOf(procurement), tenant, procurement,
                VendorOrganisationId.of(vendors.get(random.nextInt(2)).id()), "Bästa förhållandet mellan pris och kvalitet."));
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.AWARDED, clock.instant()));
        past.at(awarded.plus(Duration.ofDays(14)));
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.IMPLEMENTATION, clock.instant()));
        Instant opened = awarded.plus(Duration.ofDays(200));
        Instant latest = now.minus(Duration.ofDays(60)); // closed 45 days after opening: still in the past
        followUp(past, random, synthetic, tenant, buyer, procurement, need, scenario, opened.isAfter(latest) ? latest : opened);
    }

    private void followUp(PastClock past, Random random, SyntheticTenant synthetic, TenantId tenant, PersonId buyer,
                          ProcurementId procurement, NeedId need, Scenario scenario, Instant opened) {
        FollowUpId followUp = FollowUpId.of(UUID.nameUUIDFromBytes(("follow-up|" + procurement.value())
                .getBytes(StandardCharsets.UTF_8)).toString());
        double luck = Math.max(0, Math.min(1, synthetic.luck() + (random.nextDouble() - 0.5) * 0.3));
        past.at(opened);
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.FOLLOW_UP, clock.instant()));
        commands.sendAsSystem(new OpenFollowUpCommand(followUp, tenant, procurement, buyer));
        double realised = scenario.baseline() + (scenario.target() - scenario.baseline()) * luck;
        commands.sendAsSystem(new RecordIndicatorOutcomeCommand(followUp, tenant, procurement, need,
                BigDecimal.valueOf(Math.round(realised)), LocalDate.ofInstant(opened, java.time.ZoneOffset.UTC), "Mätning i verksamheten",
                (int) Math.round(20 + luck * 75), buyer));
        long cost = Math.round(scenario.minCost() + (scenario.maxCost() - scenario.minCost()) * random.nextDouble());
        commands.sendAsSystem(new RecordFollowUpFactsCommand(followUp, tenant, procurement, rating(luck, random), null,
                (int) Math.round(40 + luck * 55), cost, luck > 0.4, luck > 0.6, buyer));
        int respondents = 4 + random.nextInt(9);
        for (int i = 0; i < respondents; i++) {
            past.at(opened.plus(Duration.ofDays(2 + i)));
            Map<SurveyQuestion, Integer> ratings = new EnumMap<>(SurveyQuestion.class);
            for (SurveyQuestion question : SurveyQuestion.values()) {
                ratings.put(question, rating(luck, random));
            }
            commands.sendAsSystem(new AnswerSurveyCommand(followUp, tenant, procurement, PersonId.random(), ratings, null, false));
        }
        past.at(opened.plus(Duration.ofDays(45)));
        commands.sendAsSystem(new CloseFollowUpCommand(followUp, tenant, procurement, buyer));
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.CLOSED, clock.instant()));
    }

    /** Lessons as they stand after anonymisation; most approved by staff, the last ones still waiting for review. */
    private static final String[][] LESSONS = {
            {"NEEDS_AND_INVOLVEMENT", "NEEDS_ANALYSIS", "Att låta lärare och elever formulera behoven först gav krav som faktiskt användes.",
                    "Involvera elevhälsan tidigare."},
            {"MARKET_DIALOGUE", "MARKET_DIALOGUE", "Dialogmöten med tre leverantörer visade vad marknaden kunde leverera.",
                    "Skicka kravutkastet i god tid före mötena."},
            {"INTEROPERABILITY", "REQUIREMENTS", "Kravet på SS 12000 gjorde att elevdata kom på plats från första dagen.",
                    "Testa kopplingen mot skoladministrativt system före avtal."},
            {"EXIT_AND_PORTABILITY", "FOLLOW_UP", "Exportkravet i öppet format gjorde bytet av leverantör smidigt.",
                    "Begär en provexport redan under införandet."},
            {"PRIVACY_AND_SECURITY", "REQUIREMENTS", "Personuppgiftsbiträdesavtalet var klart innan avtalet skrevs.",
                    "Ta med dataskyddsombudet i utvärderingen."},
            {"EVALUATION_AND_AWARD", "EVALUATION", "Att lärare provade produkterna i skarpt läge avgjorde utvärderingen.",
                    "Planera tid för testerna i läsårsplaneringen."},
            {"IMPLEMENTATION_AND_TRAINING", "IMPLEMENTATION", "Superanvändare på varje skola bar införandet.",
                    "Boka utbildningen före terminsstart, inte under."},
            {"CONTRACT_AND_PRICE", "AWARDED", "Pris per elev i stället för licenspaket gjorde kostnaden förutsägbar.",
                    "Skriv in prisjustering per år i avtalet."},
            {"ACCESSIBILITY", "REQUIREMENTS", "Kravet på WCAG 2.1 AA följdes upp med test med skärmläsare.",
                    "Låt elever som använder hjälpmedel testa tidigt."},
            {"REQUIREMENTS", "REQUIREMENTS", "Färre men tydligare bör-krav gjorde utvärderingen enklare.",
                    "Vikta kraven innan anbuden kommer in."},
            {"MARKET_DIALOGUE", "MARKET_DIALOGUE", "Frågor och svar publicerades samma dag till alla leverantörer.",
                    "Formulera om frågorna så att ingen frågeställare kan anas."}};

    private void lesson(PastClock past, Instant now, TenantId tenant, PersonId buyer, int index) {
        if (index >= LESSONS.length) {
            return;
        }
        String[] lesson = LESSONS[index];
        LessonId id = LessonId.random();
        past.at(now.minus(Duration.ofDays(90 - index * 5L)));
        commands.sendAsSystem(new SubmitLessonCommand(id, tenant, null, lesson[2], lesson[3], LessonCategory.valueOf(lesson[0]),
                Phase.valueOf(lesson[1]), buyer));
        if (index < LESSONS.length - 2) {
            past.at(now.minus(Duration.ofDays(80 - index * 5L)));
            commands.sendAsSystem(new ApproveLessonCommand(id));
        }
    }

    private static int rating(double luck, Random random) {
        return (int) Math.max(1, Math.min(5, Math.round(1.5 + luck * 3 + random.nextGaussian() * 0.7)));
    }

    /** In Älvstad: published a month ago, deadline passed yesterday, both demo vendors' tenders sealed until then. */
    private void procurementToEvaluate(PastClock past, Instant now, TenantView alvstad, List<VendorOrganisationView> vendors) {
        TenantId tenant = TenantId.of(alvstad.id());
        List<MemberView> team = members.members(tenant);
        PersonId buyer = team.stream().filter(m -> m.roles().contains(Role.BUYER)).map(m -> PersonId.of(m.id())).findFirst()
                .orElse(PersonId.random());
        ProcurementId procurement = ProcurementId.random();
        Instant start = now.minus(Duration.ofDays(60));
        past.at(start);
        commands.sendAsSystem(new CreateProcurementCommand(procurement, tenant, "Digitalt läromedel i matematik åk 4–6",
                "Anbudstiden har gått ut: anbuden kan öppnas, utvärderas och tilldelas (demo).", "digital-learning-material",
                Procedure.OPEN, 900_000L, null, null, buyer));
        NeedId need = NeedId.random();
        commands.sendAsSystem(new ProposeNeedCommand(need, tenant, procurement, new NeedContent(
                "Elever ska få övningar anpassade efter sin nivå", "student", "digital-learning-material", Priority.HIGH, "Lgr22",
                new Benefit("Fler elever når målen", "Andel elever med godtagbara kunskaper", BigDecimal.valueOf(78),
                        BigDecimal.valueOf(88), "%")), buyer));
        commands.sendAsSystem(new AcceptNeedCommand(need, tenant));
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.REQUIREMENTS, clock.instant()));
        List<PublishedRequirement> published = new ArrayList<>();
        String[][] requirements = {
                {"Läromedlet ska anpassa övningarnas nivå efter elevens svar.", "MANDATORY", "", "FUNCTION"},
                {"Läraren bör kunna följa varje elevs utveckling i en översikt.", "EVALUATED", "40", "FUNCTION"},
                {"Läromedlet bör kunna användas med skärmläsare.", "EVALUATED", "20", "ACCESSIBILITY"}};
        for (String[] r : requirements) {
            RequirementId id = RequirementId.random();
            RequirementKind kind = RequirementKind.valueOf(r[1]);
            Integer weight = r[2].isEmpty() ? null : Integer.valueOf(r[2]);
            RequirementCategory category = RequirementCategory.valueOf(r[3]);
            int number = createRequirement(id, tenant, procurement,
                    new RequirementContent(r[0], kind, weight, category, "Demonstration", Set.of(need)), null, buyer);
            published.add(new PublishedRequirement(id.value(), number, r[0], kind, weight, category, "Demonstration"));
        }
        vendors.stream().limit(2).forEach(v -> commands.sendAsSystem(
                new InviteVendorCommand(procurement, tenant, VendorOrganisationId.of(v.id()))));
        Instant publishedAt = now.minus(Duration.ofDays(30));
        Instant deadline = now.minus(Duration.ofDays(1));
        past.at(publishedAt);
        commands.sendAsSystem(new PublishTenderCommand(procurement, tenant, deadline,
                LocalDate.ofInstant(deadline.minus(Duration.ofDays(10)), java.time.ZoneOffset.UTC), EvaluationModel.PRICE_AND_QUALITY,
                false, 300_000L, published, publishedAt));
        Set<String> ids = new LinkedHashSet<>(published.stream().map(PublishedRequirement::requirementId).toList());
        Compliance[][] answers = {{Compliance.MEETS, Compliance.MEETS, Compliance.PARTLY}, {Compliance.MEETS, Compliance.PARTLY, Compliance.MEETS}};
        long[] prices = {820_000, 760_000};
        for (int v = 0; v < 2; v++) {
            VendorOrganisationId vendor = VendorOrganisationId.of(vendors.get(v).id());
            List<TenderResponse> responses = new ArrayList<>();
            for (int i = 0; i < published.size(); i++) {
                responses.add(new TenderResponse(published.get(i).requirementId(), answers[v][i], "Se bilagd beskrivning."));
            }
            Instant submitted = now.minus(Duration.ofDays(5 - v));
            past.at(submitted);
            commands.sendAsSystem(new SaveTenderCommand(Tenders.idOf(procurement, vendor), tenant, procurement, vendor, responses,
                    prices[v], ids, deadline, submitted, PersonId.random()));
            commands.sendAsSystem(new SubmitTenderCommand(Tenders.idOf(procurement, vendor), tenant, ids, 1, deadline, submitted));
        }
        past.at(deadline.plus(Duration.ofHours(2)));
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.EVALUATION, clock.instant()));
        List<PersonId> teamIds = team.stream().filter(m -> m.roles().contains(Role.BUYER) || m.roles().contains(Role.USER))
                .map(m -> PersonId.of(m.id())).toList();
        if (!teamIds.isEmpty()) {
            commands.sendAsSystem(new se.inkopsstod.procurement.workspace.SetTeamCommand(procurement, tenant, Set.copyOf(teamIds)));
        }
    }

    /** In Älvstad: awarded last spring, implemented, its follow-up open with a few survey answers and nothing measured yet. */
    private void procurementToFollowUp(PastClock past, Random random, Instant now, TenantView alvstad, List<VendorOrganisationView> vendors) {
        TenantId tenant = TenantId.of(alvstad.id());
        List<MemberView> team = members.members(tenant);
        PersonId buyer = team.stream().filter(m -> m.roles().contains(Role.BUYER)).map(m -> PersonId.of(m.id())).findFirst()
                .orElse(PersonId.random());
        Scenario scenario = SCENARIOS.get("attendance");
        ProcurementId procurement = ProcurementId.random();
        Instant start = now.minus(Duration.ofDays(400));
        past.at(start);
        commands.sendAsSystem(new CreateProcurementCommand(procurement, tenant, "Frånvarohantering i grundskolan",
                "Införd: följ upp nyttan och svara på enkäten (demo).", "attendance", Procedure.OPEN, 650_000L, null, null, buyer));
        // the teachers and school leaders who use it are on the team: they answer the follow-up's survey
        Set<PersonId> users = team.stream().filter(m -> m.roles().contains(Role.BUYER) || m.roles().contains(Role.USER))
                .map(m -> PersonId.of(m.id())).collect(java.util.stream.Collectors.toSet());
        if (!users.isEmpty()) {
            commands.sendAsSystem(new se.inkopsstod.procurement.workspace.SetTeamCommand(procurement, tenant, users));
        }
        NeedId need = NeedId.random();
        commands.sendAsSystem(new ProposeNeedCommand(need, tenant, procurement, new NeedContent(scenario.need(), scenario.perspective(),
                "attendance", Priority.HIGH, "Skollagen", new Benefit("Snabbare besked till vårdnadshavare", scenario.indicator(),
                BigDecimal.valueOf(scenario.baseline()), BigDecimal.valueOf(scenario.target()), scenario.unit())), buyer));
        commands.sendAsSystem(new AcceptNeedCommand(need, tenant));
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.REQUIREMENTS, clock.instant()));
        for (int i : new int[]{4, 5, 1}) {
            createRequirement(RequirementId.random(), tenant, procurement, new RequirementContent(
                    EXTRA_REQUIREMENTS[i], RequirementKind.MANDATORY, null, EXTRA_CATEGORIES[i], "Intyg", Set.of(need)), null, buyer);
        }
        for (Phase phase : List.of(Phase.TENDERING, Phase.EVALUATION)) {
            commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, phase, clock.instant()));
        }
        Instant awarded = now.minus(Duration.ofDays(240));
        past.at(awarded);
        commands.sendAsSystem(new DecideAwardCommand(Evaluations.idOf(procurement), tenant, procurement,
                VendorOrganisationId.of(vendors.get(1).id()), "Lägst pris bland anbuden som uppfyllde alla ska-krav."));
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.AWARDED, clock.instant()));
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.IMPLEMENTATION, clock.instant()));
        Instant opened = now.minus(Duration.ofDays(20));
        past.at(opened);
        commands.sendAsSystem(new ChangePhaseCommand(procurement, tenant, Phase.FOLLOW_UP, clock.instant()));
        FollowUpId followUp = FollowUpId.of(UUID.nameUUIDFromBytes(("follow-up|" + procurement.value())
                .getBytes(StandardCharsets.UTF_8)).toString());
        commands.sendAsSystem(new OpenFollowUpCommand(followUp, tenant, procurement, buyer));
        for (int i = 0; i < 5; i++) {
            past.at(opened.plus(Duration.ofDays(1 + i)));
            Map<SurveyQuestion, Integer> ratings = new EnumMap<>(SurveyQuestion.class);
            for (SurveyQuestion question : SurveyQuestion.values()) {
                ratings.put(question, rating(0.6, random));
            }
            commands.sendAsSystem(new AnswerSurveyCommand(followUp, tenant, procurement, PersonId.random(), ratings, null, false));
        }
    }

    /** What a procurement of one product category is about, and the range its figures fall in. */
    private record Scenario(String title, String perspective, String need, String indicator, int baseline, int target, String unit,
                            int minCost, int maxCost, int startedDaysAgo) {
    }

    /** As the application writes a requirement: its procurement numbers it, then it is written under that number. */
    private int createRequirement(RequirementId id, TenantId tenant, ProcurementId procurement, RequirementContent content,
                                  TemplateRef template, PersonId buyer) {
        int number = commands.sendAsSystem(new NumberRequirementCommand(procurement, tenant, id, 0));
        commands.sendAsSystem(new CreateRequirementCommand(id, tenant, procurement, number, content, template, buyer));
        return number;
    }
}
