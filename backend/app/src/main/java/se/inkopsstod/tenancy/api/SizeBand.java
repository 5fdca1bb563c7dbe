package se.inkopsstod.tenancy.api;

/** A coarse size band by number of pupils: the cohort used when comparing huvudmän. */
public enum SizeBand {
    SMALL(0),
    MEDIUM(2_000),
    LARGE(10_000),
    VERY_LARGE(30_000);

    private final int fromPupils;

    SizeBand(int fromPupils) {
        this.fromPupils = fromPupils;
    }

    public static SizeBand ofPupils(int pupils) {
        SizeBand band = SMALL;
        for (SizeBand candidate : values()) {
            if (pupils >= candidate.fromPupils) {
                band = candidate;
            }
        }
        return band;
    }
}
