package se.inkopsstod.outcomes.followup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The follow-up opens once, in implementation or later; nothing is recorded before it is open. */
class FollowUpOpeningTest {

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"IMPLEMENTATION", "FOLLOW_UP"})
    void opensInImplementationOrLater(Phase phase) {
        assertThat(FollowUpOpening.canOpen(phase)).isTrue();
        assertThatCode(() -> FollowUpOpening.requireOpenable(phase, false)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"IMPLEMENTATION", "FOLLOW_UP"}, mode = EnumSource.Mode.EXCLUDE)
    void doesNotOpenBeforeImplementation(Phase phase) {
        assertThat(FollowUpOpening.canOpen(phase)).isFalse();
        assertThatThrownBy(() -> FollowUpOpening.requireOpenable(phase, false))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("follow-up.phase"))
                .hasMessage("Follow-up opens once the procurement is in implementation.");
    }

    @Test
    void opensOnlyOnce() {
        assertThatThrownBy(() -> FollowUpOpening.requireOpenable(Phase.IMPLEMENTATION, true))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("follow-up.opened"));
    }

    @Test
    void thePhaseIsToldBeforeThatItIsOpenAlready() {
        assertThatThrownBy(() -> FollowUpOpening.requireOpenable(Phase.NEEDS_ANALYSIS, true))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("follow-up.phase"));
    }

    @Test
    void nothingIsRecordedBeforeTheBuyerOpensIt() {
        assertThatThrownBy(() -> FollowUpOpening.requireOpened(false))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("follow-up.not-opened"))
                .hasMessage("The buyer has not opened the follow-up yet.");
        assertThatCode(() -> FollowUpOpening.requireOpened(true)).doesNotThrowAnyException();
    }
}
