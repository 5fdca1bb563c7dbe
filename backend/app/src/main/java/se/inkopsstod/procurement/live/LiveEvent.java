package se.inkopsstod.procurement.live;

import se.inkopsstod.shared.Audience;
import java.time.Instant;

/**
 * What a workspace's live stream says about one change: which item, its new version and who did
 * it. {@code id} is the event's global position, the SSE event id a reconnecting client sends
 * back as Last-Event-ID. Browsers fetch the item again (or patch their copy) on receipt.
 */
public record LiveEvent(long id, String procurementId, String type, String itemId, long version, Actor actor, Instant at,
                        Audience audience) {

    /** Who made the change. */
    public record Actor(String id, String name) {
    }
}
