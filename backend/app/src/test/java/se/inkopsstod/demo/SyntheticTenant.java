package se.inkopsstod.demo;

import se.inkopsstod.tenancy.api.TenantKind;

import java.util.List;

/** A fictional huvudman of the demo history, and how well its purchases tend to turn out (0–1). */
record SyntheticTenant(String name, String organisationNumber, TenantKind kind, String county, int pupils, double luck,
                       List<String> categories) {

    static final List<SyntheticTenant> ALL = List.of(
            new SyntheticTenant("Granhults kommun", "212000-0514", TenantKind.MUNICIPAL, "Kronobergs län", 2_300, 0.55, List.of("teaching")),
            new SyntheticTenant("Sjöviks kommun", "212000-0522", TenantKind.MUNICIPAL, "Västra Götalands län", 5_400, 0.75, List.of("teaching", "attendance")),
            new SyntheticTenant("Björkeda kommun", "212000-0530", TenantKind.MUNICIPAL, "Jönköpings län", 3_100, 0.35, List.of("teaching", "guardian-communication")),
            new SyntheticTenant("Lövsta kommun", "212000-0548", TenantKind.MUNICIPAL, "Uppsala län", 8_700, 0.65, List.of("teaching", "attendance")),
            new SyntheticTenant("Norrviks kommun", "212000-0555", TenantKind.MUNICIPAL, "Västernorrlands län", 4_200, 0.45, List.of("teaching")),
            new SyntheticTenant("Ådalsby kommun", "212000-0506", TenantKind.MUNICIPAL, "Jämtlands län", 1_400, 0.5, List.of("attendance")),
            new SyntheticTenant("Havsviks kommun", "212000-0563", TenantKind.MUNICIPAL, "Skåne län", 12_500, 0.8, List.of("teaching", "attendance")),
            new SyntheticTenant("Storå kommun", "212000-0571", TenantKind.MUNICIPAL, "Stockholms län", 24_000, 0.6, List.of("teaching", "attendance", "guardian-communication")),
            new SyntheticTenant("Kvarnby kommun", "212000-0589", TenantKind.MUNICIPAL, "Östergötlands län", 15_800, 0.7, List.of("teaching", "attendance")),
            new SyntheticTenant("Bergslunda kommun", "212000-0597", TenantKind.MUNICIPAL, "Dalarnas län", 6_900, 0.4, List.of("teaching")),
            new SyntheticTenant("Lärkan Utbildning AB", "556900-0515", TenantKind.INDEPENDENT, "Stockholms län", 3_800, 0.85, List.of("teaching")),
            new SyntheticTenant("Framtidsskolan i Norden AB", "556900-0523", TenantKind.INDEPENDENT, "Västra Götalands län", 9_100, 0.6, List.of("teaching", "guardian-communication")),
            new SyntheticTenant("Myrby kommun", "212000-0605", TenantKind.MUNICIPAL, "Norrbottens län", 1_900, 0.3, List.of("attendance")));
}
