package se.inkopsstod.notification;

/** What a notification is about; each person chooses per kind how (and whether) to hear of it. */
enum NotificationKind {
    QUESTION_ASKED(Side.TENANT),
    ANSWER_PUBLISHED(Side.VENDOR),
    AMENDMENT(Side.VENDOR),
    DEADLINE_EXTENDED(Side.VENDOR),
    DEADLINE_APPROACHING(Side.BOTH),
    MENTION(Side.TENANT),
    AWARD_DECISION(Side.VENDOR),
    SURVEY_OPENED(Side.TENANT),
    LESSON_REVIEWED(Side.TENANT);

    /** Who may receive it: a huvudman's people, a vendor's, or both. */
    enum Side { TENANT, VENDOR, BOTH }

    private final Side side;

    NotificationKind(Side side) {
        this.side = side;
    }

    boolean concernsVendors() {
        return side != Side.TENANT;
    }

    boolean concernsTenantMembers() {
        return side != Side.VENDOR;
    }
}
