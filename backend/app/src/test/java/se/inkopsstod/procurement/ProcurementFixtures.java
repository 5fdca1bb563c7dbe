package se.inkopsstod.procurement;

import se.inkopsstod.procurement.model.Benefit;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.procurement.model.Priority;
import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.model.ProcurementCreatedEvent;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Test data for the procurement context. */
public final class ProcurementFixtures {

    public static final TenantId TENANT = TenantId.of("tenant-alvstad");
    public static final TenantId OTHER_TENANT = TenantId.of("tenant-fjallby");
    public static final ProcurementId PROCUREMENT = ProcurementId.of("procurement-lms");
    public static final NeedId NEED = NeedId.of("need-absence");
    public static final PersonId JOHAN = PersonId.of("member-johan");
    public static final PersonId SARA = PersonId.of("member-sara");
    public static final PersonId KARIN = PersonId.of("member-karin");

    private ProcurementFixtures() {
    }

    public static ProcurementCreatedEvent procurementCreated() {
        return new ProcurementCreatedEvent(PROCUREMENT, TENANT, "Ny lärplattform", "Ersätter nuvarande plattform",
                "teaching", Procedure.OPEN, 4_000_000, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 1), JOHAN);
    }

    public static NeedContent absenceNeed() {
        return new NeedContent("Lärare ska kunna rapportera frånvaro på under en minut per lektion", "teacher",
                "attendance", Priority.HIGH, "Skollagen 7 kap.",
                new Benefit("Mindre tid på frånvarorapportering", "Minuter per vecka och lärare",
                        new BigDecimal("60"), new BigDecimal("30"), "minuter per vecka"));
    }

    public static NeedProposedEvent needProposed() {
        return new NeedProposedEvent(NEED, TENANT, PROCUREMENT, absenceNeed(), KARIN);
    }
}
