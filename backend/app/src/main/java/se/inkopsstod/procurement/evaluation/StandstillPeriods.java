package se.inkopsstod.procurement.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import se.inkopsstod.procurement.model.Procedure;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long the standstill period (avtalsspärr) after an award decision lasts, per procedure:
 * LOU 20 kap. 1 § gives 10 days when the decision is sent electronically, as it is here; a direct
 * award has none. Set {@code inkopsstod.standstill.days.<PROCEDURE>} to change one.
 */
@ConfigurationProperties("inkopsstod.standstill")
public record StandstillPeriods(Map<Procedure, Integer> days) {

    static final int LOU_ELECTRONIC_DAYS = 10;

    public StandstillPeriods {
        Map<Procedure, Integer> all = new EnumMap<>(Procedure.class);
        for (Procedure procedure : Procedure.values()) {
            all.put(procedure, procedure == Procedure.DIRECT_AWARD ? 0 : LOU_ELECTRONIC_DAYS);
        }
        if (days != null) {
            days.forEach((procedure, value) -> {
                if (value < 0) {
                    throw new IllegalStateException("inkopsstod.standstill.days." + procedure + " cannot be negative");
                }
                all.put(procedure, value);
            });
        }
        days = Map.copyOf(all);
    }

    /** When the standstill period of an award decided at {@code decidedAt} ends ({@code decidedAt} when there is none). */
    Instant endsAt(Procedure procedure, Instant decidedAt) {
        return decidedAt.plus(Duration.ofDays(days.get(procedure)));
    }
}
