package se.inkopsstod.procurement.live;

import java.util.List;

/** Who else has the workspace open, and which item each is editing (null when just looking). */
public record PresenceView(List<Present> people) {

    /** One person in the workspace. */
    public record Present(String id, String name, String editing) {
    }
}
