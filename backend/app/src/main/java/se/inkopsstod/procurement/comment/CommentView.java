package se.inkopsstod.procurement.comment;

import java.time.Instant;
import java.util.List;

/** A comment with its replies, oldest first. */
public record CommentView(String id, String itemId, String parentId, String text, Person author, List<Person> mentions,
                          Instant at, List<CommentView> replies) {

    /** The author or a mentioned person. */
    public record Person(String id, String name) {
    }
}
