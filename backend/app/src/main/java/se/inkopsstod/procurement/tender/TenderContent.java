package se.inkopsstod.procurement.tender;

import java.util.List;

/** What a tender says: its answers and its price. Only ever held in memory; stored and sent as {@link SealedContent}. */
public record TenderContent(List<TenderResponse> responses, Long priceSek) {

    public TenderContent {
        responses = responses == null ? List.of() : List.copyOf(responses);
    }
}
