package se.inkopsstod.procurement.requirement;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.RequirementField;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.model.TemplateView;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NeedId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.inkopsstod.procurement.ProcurementFixtures.NEED;

class RequirementDraftsTest {

    private static final Set<NeedId> NEEDS = Set.of(NEED);

    private static TemplateView template(RequirementKind kind, boolean retired) {
        return new TemplateView("template-sso", "sso", 3, "Inloggning", "Sign-in", "Stöd för inloggning via SAML.", kind, 20,
                RequirementCategory.IDENTITY_AND_EID, "Demonstration", List.of(), List.of(), retired, 0);
    }

    private static RequirementDraft empty() {
        return new RequirementDraft(null, null, null, null, null, null);
    }

    @Test
    void aTemplateFillsInEverythingTheRequestLeavesOut() {
        RequirementContent content = RequirementDrafts.fromTemplate(template(RequirementKind.EVALUATED, false), empty(), NEEDS);

        assertThat(content).isEqualTo(new RequirementContent("Stöd för inloggning via SAML.", RequirementKind.EVALUATED, 20,
                RequirementCategory.IDENTITY_AND_EID, "Demonstration", NEEDS));
    }

    @Test
    void whatTheRequestSaysWinsOverTheTemplate() {
        RequirementDraft draft = new RequirementDraft("  Egen formulering ", null, 35, RequirementCategory.SECURITY_AND_PRIVACY,
                "Granskning", null);

        RequirementContent content = RequirementDrafts.fromTemplate(template(RequirementKind.EVALUATED, false), draft, NEEDS);

        assertThat(content).isEqualTo(new RequirementContent("Egen formulering", RequirementKind.EVALUATED, 35,
                RequirementCategory.SECURITY_AND_PRIVACY, "Granskning", NEEDS));
    }

    @Test
    void onlyAnEvaluatedRequirementTakesAWeight() {
        RequirementDraft mandatoryWithWeight = new RequirementDraft(null, RequirementKind.MANDATORY, 35, null, null, null);

        assertThat(RequirementDrafts.fromTemplate(template(RequirementKind.EVALUATED, false), mandatoryWithWeight, NEEDS).weight())
                .isNull();
        assertThat(RequirementDrafts.fromTemplate(template(RequirementKind.MANDATORY, false), empty(), NEEDS).weight())
                .isNull();
        RequirementDraft evaluated = new RequirementDraft(null, RequirementKind.EVALUATED, null, null, null, null);
        assertThat(RequirementDrafts.fromTemplate(template(RequirementKind.MANDATORY, false), evaluated, NEEDS).weight())
                .isEqualTo(20);
    }

    @Test
    void aRetiredTemplateCannotBeUsed() {
        ConflictException retired = catchThrowableOfType(ConflictException.class,
                () -> RequirementDrafts.fromTemplate(template(RequirementKind.EVALUATED, true), empty(), NEEDS));

        assertThat(retired.code()).isEqualTo("template.retired");
    }

    @Test
    void withoutATemplateTheRequestMustSayTextKindAndCategory() {
        RequirementDraft draft = new RequirementDraft(" Export i öppet format ", RequirementKind.MANDATORY, null,
                RequirementCategory.EXIT_AND_PORTABILITY, null, null);

        assertThat(RequirementDrafts.fromRequest(draft, NEEDS)).isEqualTo(new RequirementContent("Export i öppet format",
                RequirementKind.MANDATORY, null, RequirementCategory.EXIT_AND_PORTABILITY, null, NEEDS));

        InvalidInputException noKind = catchThrowableOfType(InvalidInputException.class, () -> RequirementDrafts.fromRequest(
                new RequirementDraft("Text", null, null, RequirementCategory.FUNCTION, null, null), NEEDS));
        assertThat(noKind.code()).isEqualTo("requirement.incomplete");
        assertThat(noKind.field()).isEqualTo("kind");
        InvalidInputException noText = catchThrowableOfType(InvalidInputException.class,
                () -> RequirementDrafts.fromRequest(empty(), NEEDS));
        assertThat(noText.field()).isEqualTo("text");
    }

    @Test
    void anEditKeepsWhatItLeavesOut() {
        RequirementView current = new RequirementView("requirement-1", 1, 4, "procurement-lms", "Gammal text",
                RequirementKind.EVALUATED, 10, null, RequirementCategory.FUNCTION, "Demo", List.of(NEED.value()), null,
                new RequirementView.Person("member-johan", "Johan"), Instant.EPOCH);
        RequirementDraft changes = new RequirementDraft(" Ny text ", null, 15, null, null, null);

        assertThat(RequirementDrafts.edited(current, changes, NEEDS)).isEqualTo(new RequirementContent("Ny text",
                RequirementKind.EVALUATED, 15, RequirementCategory.FUNCTION, "Demo", NEEDS));
        assertThat(changes.fields()).containsExactlyInAnyOrder(RequirementField.TEXT, RequirementField.WEIGHT);
    }
}
