package se.inkopsstod.procurement.tender;

import java.time.Instant;
import java.util.List;

/**
 * The opening of a procurement's tenders as the buyer's team sees it: who may be appointed, who is
 * and who has confirmed, and once opened ({@code openedAt}) the opening record's lines.
 */
public record OpeningView(Instant tenderDeadline, boolean deadlinePassed, List<Person> candidates, List<Opener> openers,
                          Instant openedAt, List<Line> record) {

    public record Person(String personId, String name) {
    }

    public record Opener(String personId, String name, Instant confirmedAt) {
    }

    public record Line(String vendorOrganisationId, String vendorName, Instant submittedAt, long priceSek) {
    }
}
