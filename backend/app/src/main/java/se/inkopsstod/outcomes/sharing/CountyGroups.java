package se.inkopsstod.outcomes.sharing;

import java.util.Locale;
import java.util.Map;

/** Sweden's 21 counties by part of the country: the county group is as fine as a cohort gets. */
final class CountyGroups {

    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("stockholms", "SVEALAND"), Map.entry("uppsala", "SVEALAND"), Map.entry("södermanlands", "SVEALAND"),
            Map.entry("örebro", "SVEALAND"), Map.entry("västmanlands", "SVEALAND"), Map.entry("dalarnas", "SVEALAND"),
            Map.entry("värmlands", "SVEALAND"),
            Map.entry("östergötlands", "GOTALAND"), Map.entry("jönköpings", "GOTALAND"), Map.entry("kronobergs", "GOTALAND"),
            Map.entry("kalmar", "GOTALAND"), Map.entry("gotlands", "GOTALAND"), Map.entry("blekinge", "GOTALAND"),
            Map.entry("skåne", "GOTALAND"), Map.entry("hallands", "GOTALAND"), Map.entry("västra götalands", "GOTALAND"),
            Map.entry("gävleborgs", "NORRLAND"), Map.entry("västernorrlands", "NORRLAND"), Map.entry("jämtlands", "NORRLAND"),
            Map.entry("västerbottens", "NORRLAND"), Map.entry("norrbottens", "NORRLAND"));

    private CountyGroups() {
    }

    /** "Västra Götalands län" → GOTALAND; an unknown county → UNKNOWN. */
    static String of(String county) {
        if (county == null) {
            return "UNKNOWN";
        }
        String key = county.toLowerCase(Locale.ROOT).replace(" län", "").replace("region ", "").strip();
        String group = GROUPS.get(key);
        if (group == null && !key.endsWith("s")) {
            group = GROUPS.get(key + "s");
        }
        return group == null ? "UNKNOWN" : group;
    }
}
