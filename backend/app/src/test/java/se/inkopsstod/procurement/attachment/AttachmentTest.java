package se.inkopsstod.procurement.attachment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.testing.TenantGuardedFixture;

import static se.inkopsstod.procurement.ProcurementFixtures.JOHAN;
import static se.inkopsstod.procurement.ProcurementFixtures.OTHER_TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.SARA;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;

class AttachmentTest {

    private static final AttachmentId ID = AttachmentId.of("attachment-1");
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String KEY = "attachments/procurement-lms/attachment-1";

    private final AggregateTestFixture<Attachment> fixture = TenantGuardedFixture.of(Attachment.class);

    private static AttachmentAddedEvent added() {
        return new AttachmentAddedEvent(ID, TENANT, PROCUREMENT, AttachmentTarget.REQUIREMENT, "req-1", "bilaga.pdf",
                "application/pdf", 1234, SHA, KEY, JOHAN);
    }

    @Test
    void canAttachAFileWithWhatProvesWhichFileItIs() {
        fixture.givenNoPriorActivity()
                .when(new AddAttachmentCommand(ID, TENANT, PROCUREMENT, AttachmentTarget.REQUIREMENT, "req-1", "bilaga.pdf",
                        "application/pdf", 1234, SHA, KEY, JOHAN))
                .expectEvents(added());
    }

    @Test
    void cannotAttachAnEmptyFile() {
        fixture.givenNoPriorActivity()
                .when(new AddAttachmentCommand(ID, TENANT, PROCUREMENT, AttachmentTarget.REQUIREMENT, "req-1", "bilaga.pdf",
                        "application/pdf", 0, SHA, KEY, JOHAN))
                .expectException(InvalidInputException.class);
    }

    @Test
    void canRemoveOnceOnly() {
        fixture.given(added())
                .when(new RemoveAttachmentCommand(ID, TENANT, SARA))
                .expectEvents(new AttachmentRemovedEvent(ID, TENANT, PROCUREMENT, SARA));
        fixture.given(added(), new AttachmentRemovedEvent(ID, TENANT, PROCUREMENT, SARA))
                .when(new RemoveAttachmentCommand(ID, TENANT, JOHAN))
                .expectException(NotFoundException.class);
    }

    @Test
    void anotherTenantFindsNothing() {
        fixture.given(added())
                .when(new RemoveAttachmentCommand(ID, OTHER_TENANT, JOHAN))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}
