package se.inkopsstod.procurement.model;

/** Where a need stands: proposed by anyone on the team, then accepted, rejected or merged by a buyer. */
public enum NeedStatus {
    PROPOSED, ACCEPTED, REJECTED, MERGED;

    public boolean open() {
        return this == PROPOSED || this == ACCEPTED;
    }
}
