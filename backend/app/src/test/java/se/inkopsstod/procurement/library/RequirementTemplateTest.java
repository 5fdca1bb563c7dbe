package se.inkopsstod.procurement.library;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.TemplateId;

import java.util.List;

class RequirementTemplateTest {

    private static final TemplateId ID = TemplateId.of("tpl-wcag");
    private static final TemplateContent WCAG = new TemplateContent("Tillgänglighet enligt WCAG 2.1 AA", "Accessibility",
            "Tjänsten ska uppfylla EN 301 549 / WCAG 2.1 nivå AA.", RequirementKind.MANDATORY, null,
            RequirementCategory.ACCESSIBILITY, "Tillgänglighetsredogörelse", List.of("teaching"), List.of("EN 301 549"));
    private static final TemplateContent WCAG_2 = new TemplateContent(WCAG.titleSv(), WCAG.titleEn(),
            "Tjänsten ska uppfylla EN 301 549 / WCAG 2.1 nivå AA och ha en tillgänglighetsredogörelse.", WCAG.kind(), null,
            WCAG.category(), WCAG.verificationMethod(), WCAG.schoolProcesses(), WCAG.references());

    private final AggregateTestFixture<RequirementTemplate> fixture = new AggregateTestFixture<>(RequirementTemplate.class);

    @Test
    void revisionsCountUp() {
        fixture.given(new TemplateCreatedEvent(ID, "wcag", WCAG))
                .when(new ReviseTemplateCommand(ID, WCAG_2))
                .expectEvents(new TemplateRevisedEvent(ID, 2, WCAG_2));
    }

    @Test
    void retiredTemplateCannotBeRevised() {
        fixture.given(new TemplateCreatedEvent(ID, "wcag", WCAG), new TemplateRetiredEvent(ID, "Ersatt av ny mall"))
                .when(new ReviseTemplateCommand(ID, WCAG_2))
                .expectException(ConflictException.class);
        fixture.given(new TemplateCreatedEvent(ID, "wcag", WCAG))
                .when(new RetireTemplateCommand(ID, "Ersatt av ny mall"))
                .expectEvents(new TemplateRetiredEvent(ID, "Ersatt av ny mall"));
    }

    @Test
    void evaluatedTemplateNeedsADefaultWeight() {
        fixture.givenNoPriorActivity()
                .when(new CreateTemplateCommand(ID, "x", new TemplateContent("X", null, "Text", RequirementKind.EVALUATED, null,
                        RequirementCategory.FUNCTION, null, List.of(), List.of())))
                .expectException(InvalidInputException.class);
    }
}
