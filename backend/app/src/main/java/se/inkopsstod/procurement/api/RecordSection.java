package se.inkopsstod.procurement.api;

import java.util.List;

/**
 * One chapter of a procurement's documentation record (its needs, its Q&amp;A, its follow-up…), in the order
 * given by {@code order}; a chapter holds groups (one per need, requirement or question; one unnamed group for
 * the procurement itself), each a timeline of entries.
 */
public record RecordSection(int order, String title, List<Group> groups) {

    public RecordSection {
        groups = List.copyOf(groups);
    }

    /** {@code heading} may be null for a chapter's only group. */
    public record Group(String heading, List<RecordEntry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }
    }
}
