package se.inkopsstod.platform.axon;

import org.junit.jupiter.api.Test;
import se.inkopsstod.outcomes.api.ApproveLessonCommand;
import se.inkopsstod.procurement.workspace.ChangePhaseCommand;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one tenant check every aggregate's command handlers sit behind. */
class TenantGuardTest {

    private static final TenantId ALVSTAD = TenantId.of("tenant-alvstad");
    private static final TenantId FJALLBY = TenantId.of("tenant-fjallby");

    @Test
    void aCommandNamingTheOwnerPasses() {
        assertThatCode(() -> TenantGuard.check(new ChangePhaseCommand(ProcurementId.of("p"), ALVSTAD, Phase.CLOSED, java.time.Instant.now()), ALVSTAD))
                .doesNotThrowAnyException();
    }

    @Test
    void aCommandNamingAnotherTenantFindsNothing() {
        assertThatThrownBy(() -> TenantGuard.check(new ChangePhaseCommand(ProcurementId.of("p"), FJALLBY, Phase.CLOSED, java.time.Instant.now()), ALVSTAD))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void staffReviewReachesEveryTenantsLessons() {
        assertThatCode(() -> TenantGuard.check(new ApproveLessonCommand(LessonId.of("l")), ALVSTAD)).doesNotThrowAnyException();
    }

    @Test
    void aCommandThatNamesNoTenantIsRefusedOutright() {
        assertThatThrownBy(() -> TenantGuard.check("a command with no tenant", ALVSTAD))
                .isInstanceOf(IllegalStateException.class);
    }
}
