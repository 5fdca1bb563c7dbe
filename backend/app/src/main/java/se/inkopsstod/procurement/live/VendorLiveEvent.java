package se.inkopsstod.procurement.live;

import java.time.Instant;

/**
 * What a vendor's live stream says about a change published to vendors (an answer, an amendment,
 * a new deadline, the award): its type and when, never who made it. {@code id} is the SSE event id
 * to resume from.
 */
public record VendorLiveEvent(long id, String type, Instant at) {
}
