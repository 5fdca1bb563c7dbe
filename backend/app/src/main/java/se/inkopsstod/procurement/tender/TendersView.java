package se.inkopsstod.procurement.tender;

import java.time.Instant;
import java.util.List;

/**
 * The tenders of a procurement for the buyer's team: sealed (none shown) until the opening
 * ({@code openedAt}), which may happen once the tender deadline ({@code opensAt}) has passed.
 */
public record TendersView(boolean opened, Instant opensAt, Instant openedAt, List<TenderView> tenders) {
}
