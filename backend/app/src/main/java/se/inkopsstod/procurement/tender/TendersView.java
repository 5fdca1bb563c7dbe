package se.inkopsstod.procurement.tender;

import java.time.Instant;
import java.util.List;

/** The tenders of a procurement for the buyer's team: sealed (none shown) until {@code opensAt}, the tender deadline. */
public record TendersView(boolean opened, Instant opensAt, List<TenderView> tenders) {
}
