package se.inkopsstod.outcomes.followup;

/**
 * One procurement on the Uppföljning page of the person asking: how far it has come, whether its
 * follow-up is open, and whether the survey waits for this person's answer or has it already.
 */
record FollowUpLine(String procurementId, String title, String phase, FollowUpView.Status status, boolean canAnswer,
                    boolean answered) {
}
