package se.inkopsstod.procurement.api;

import java.util.List;

/**
 * Writes chapters of a procurement's documentation record from the event store. The procurement context
 * writes its own; other contexts that keep part of a procurement's story (the follow-up in outcomes) add
 * theirs by implementing this, so that the record knows nothing of their internals.
 */
public interface RecordChapters {

    List<RecordSection> write(RecordSource source);
}
