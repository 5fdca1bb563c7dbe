package se.inkopsstod.procurement.vendors;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;

import static org.assertj.core.api.Assertions.assertThat;

/** An amendment's changes laid over the published requirement. */
class RequirementChangeTest {

    private static final PublishedRequirement CURRENT = new PublishedRequirement("req-1", 1,
            "Systemet ska stödja inloggning via Skolfederation.", RequirementKind.EVALUATED, 40,
            RequirementCategory.IDENTITY_AND_EID, "Demonstration");

    @Test
    void fieldsGivenReplaceTheCurrentOnesAndTheRestStay() {
        assertThat(new RequirementChange(" Med OIDC. ", null, 60, null, null, false).applyTo(CURRENT))
                .isEqualTo(new PublishedRequirement("req-1", 1, "Med OIDC.", RequirementKind.EVALUATED, 60,
                        RequirementCategory.IDENTITY_AND_EID, "Demonstration"));
        assertThat(new RequirementChange(null, null, null, null, null, false).applyTo(CURRENT)).isEqualTo(CURRENT);
    }

    @Test
    void aMandatoryRequirementHasNoWeight() {
        assertThat(new RequirementChange(null, RequirementKind.MANDATORY, 60, null, null, false).applyTo(CURRENT).weight())
                .isNull();
    }

    @Test
    void withdrawingLeavesNoRequirement() {
        assertThat(new RequirementChange("Ny text", null, null, null, null, true).applyTo(CURRENT)).isNull();
    }
}
