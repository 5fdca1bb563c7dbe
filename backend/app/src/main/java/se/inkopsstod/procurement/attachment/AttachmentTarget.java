package se.inkopsstod.procurement.attachment;

/** What an attachment is on. */
public enum AttachmentTarget {
    /** The procurement as a whole (its documents); the target id is the procurement's. */
    PROCUREMENT,
    /** One requirement of the procurement. */
    REQUIREMENT,
    /** The answer to one question (or clarification) of the procurement; the target id is the question's. */
    ANSWER
}
