package se.inkopsstod.outcomes.anonymisation;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule at a time, and what must stay. */
class LessonAnonymiserTest {

    private static final LessonAnonymiser ANONYMISER = new LessonAnonymiser();

    @Test
    void knowsExactlyThe290Municipalities() {
        assertThat(ANONYMISER.municipalities()).hasSize(290)
                .contains("Upplands Väsby", "Malung-Sälen", "Dals-Ed", "Lilla Edet", "Östra Göinge", "Gotland", "Övertorneå");
    }

    @Test
    void contactDetailsAndNumbersAreReplacedAndEachReplacementIsLocated() {
        AnonymisedText result = ANONYMISER.anonymise(
                "Mejla anna.svensson@skola.example eller ring 070-123 45 67. Org.nr 556677-8899, pnr 19850412-1234.",
                AnonymisationContext.none());
        assertThat(result.text()).isEqualTo(
                "Mejla [e-post] eller ring [telefon]. Org.nr [organisationsnummer], pnr [personnummer].");
        for (Removal removal : result.removals()) {
            assertThat(result.text().substring(removal.start(), removal.end())).isEqualTo(removal.replacement());
        }
        assertThat(result.removals()).extracting(Removal::kind).containsExactly(RemovalKind.EMAIL, RemovalKind.PHONE,
                RemovalKind.ORGANISATION_NUMBER, RemovalKind.PERSONAL_IDENTITY_NUMBER);
        assertThat(result.removals().get(1).original()).isEqualTo("070-123 45 67");
    }

    @Test
    void phoneNumbersInEveryCommonSwedishFormat() {
        for (String phone : new String[]{"08-123 456 78", "+46 70 123 45 67", "0701234567", "031-12 34 56", "0046 8 123 456 78"}) {
            assertThat(ANONYMISER.anonymise("Ring " + phone + " i dag.", AnonymisationContext.none()).text())
                    .as(phone).isEqualTo("Ring [telefon] i dag.");
        }
    }

    @Test
    void aMunicipalityWithKommunIsOneReplacementAndGenitivesCount() {
        assertThat(ANONYMISER.anonymise("Vi frågade Umeå kommun och Göteborgs stad om Malmös avtal.", AnonymisationContext.none())
                .text()).isEqualTo("Vi frågade [kommun] och [kommun] om [kommun] avtal.");
    }

    @Test
    void municipalitiesThatAreAlsoWordsCountOnlyAsPlaces() {
        assertThat(ANONYMISER.anonymise("Vi samarbetade med Vara kommun och köpte tillsammans med folk i Mark.",
                AnonymisationContext.none()).text()).isEqualTo("Vi samarbetade med [kommun] och köpte tillsammans med folk i [kommun].");
        String ordinary = "Vara tydlig med kraven. Berg- och dalbanan av ändringar var jobbig. Mark ut viktiga krav.";
        assertThat(ANONYMISER.anonymise(ordinary, AnonymisationContext.none()).text()).isEqualTo(ordinary);
    }

    @Test
    void personNamesFromTheListFromTheTenantAndAfterATitle() {
        AnonymisationContext context = new AnonymisationContext(Set.of("Sven Qvarfordt"), Set.of(), Set.of());
        assertThat(ANONYMISER.anonymise("Anna Zetterlund ledde dialogen med Qvarfordt och rektor Lindqvist. Sedan tog Johan över.",
                context).text()).isEqualTo("[namn] ledde dialogen med [namn] och rektor [namn]. Sedan tog [namn] över.");
    }

    @Test
    void schoolsTheTenantsOwnNameAndVendorsAreReplaced() {
        AnonymisationContext context = new AnonymisationContext(Set.of(), Set.of("Solbacka"), Set.of("Älvstads kommun", "Edulab Lärplattformar AB"));
        assertThat(ANONYMISER.anonymise("På Björkängsskolan och Ekbackens skola gick det bra; i Älvstad tyckte Solbacka att "
                + "Edulab Lärplattformar var bäst.", context).text())
                .isEqualTo("På [skola] och [skola] gick det bra; i [organisation] tyckte [skola] att [organisation] var bäst.");
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        String text = "Bra support, alla lärare var nöjda med videomötena och SS 12000-kopplingen. Grundskolan fick utbildning "
                + "i maj. Per elev kostade det 95 kr. Max två klick för att anmäla frånvaro. Dag för dag blev det bättre.";
        AnonymisedText result = ANONYMISER.anonymise(text, AnonymisationContext.none());
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.removals()).isEmpty();
        String compounds = "Pilotskolan fick testa först. Berg-och-dalbana var ordet för våren. Skolverket och Sveriges Kommuner "
                + "och Regioner hjälpte till, t.ex. med exitkraven.";
        assertThat(ANONYMISER.anonymise(compounds, AnonymisationContext.none()).removals()).isEmpty();
        // a participle after a title is what the group did, not a surname; a word that is a surname still goes
        assertThat(ANONYMISER.anonymise("En referensgrupp med lärare ledd av en specialpedagog gav bättre krav.",
                AnonymisationContext.none()).removals()).isEmpty();
        assertThat(ANONYMISER.anonymise("Vi frågade rektor lind om saken.", AnonymisationContext.none()).text())
                .isEqualTo("Vi frågade rektor [namn] om saken.");
    }

    @Test
    void namesOnNoListAreFoundByTheLexiconInAnyCaseAndDoubleBarrelledNamesStayWhole() {
        assertThat(ANONYMISER.anonymise("Vi pratade med gunvor-britt hedqvist och Tewodros Alemayehu tyckte som hon.",
                AnonymisationContext.none()).text()).isEqualTo("Vi pratade med [namn] och [namn] tyckte som hon.");
        assertThat(ANONYMISER.anonymise("Ulla-Stina Fröjd ledde mötet; enligt upphandlaren grönkvist och Wendelas anteckningar gick det bra.",
                AnonymisationContext.none()).text()).isEqualTo("[namn] ledde mötet; enligt upphandlaren [namn] och [namn] anteckningar gick det bra.");
        assertThat(ANONYMISER.anonymise("Rektor ljungdahl och it-strategen van der Meer svarade.", AnonymisationContext.none()).text())
                .isEqualTo("Rektor [namn] och it-strategen [namn] svarade.");
    }

    @Test
    void productsCompaniesAndOtherTenantsAreRemovedAndVendorsByTheirShortName() {
        AnonymisationContext context = new AnonymisationContext(Set.of(), Set.of(), Set.of("Klassrumsfabriken Norden AB", "Ödmarks kommun"));
        AnonymisedText result = ANONYMISER.anonymise("Klassrumsfabriken var dyrare än Skrivly, och Ödmark valde Canvas.", context);
        assertThat(result.text()).isEqualTo("[organisation] var dyrare än [namn], och [organisation] valde [organisation].");
        assertThat(result.removals()).extracting(Removal::kind).containsExactly(RemovalKind.ORGANISATION, RemovalKind.NAME,
                RemovalKind.ORGANISATION, RemovalKind.ORGANISATION);
    }

    @Test
    void addressesPostcodesIpAddressesLinksAndHandles() {
        AnonymisedText result = ANONYMISER.anonymise("Leverera till Mästargatan 4B, 722 14 Västerås eller Box 9021. Servern "
                + "10.20.30.40 och fd00:ab::12 svarade. Se https://example.org/users/gunvor.hedqvist och skriv till @gunvor.h.",
                AnonymisationContext.none());
        assertThat(result.text()).isEqualTo("Leverera till [adress], [postnummer] eller [adress]. Servern [ip-adress] och [ip-adress] "
                + "svarade. Se [länk] och skriv till [användarnamn].");
        assertThat(result.removals()).extracting(Removal::kind).containsExactly(RemovalKind.ADDRESS, RemovalKind.POSTCODE,
                RemovalKind.ADDRESS, RemovalKind.IP_ADDRESS, RemovalKind.IP_ADDRESS, RemovalKind.URL, RemovalKind.HANDLE);
        assertThat(ANONYMISER.anonymise("Vi åkte till Hjalmar Brantingsgatan 7 och skrev till gudrun.ahlstedt efteråt.",
                AnonymisationContext.none()).text()).isEqualTo("Vi åkte till [adress] och skrev till [namn].[namn] efteråt.");
        String times = "Mötet 10:15 tog 20 min, 120 000 kr för 2 500 elever, version 2.3.1 och SS 12000.";
        assertThat(ANONYMISER.anonymise(times, AnonymisationContext.none()).text()).isEqualTo(times);
    }
}
