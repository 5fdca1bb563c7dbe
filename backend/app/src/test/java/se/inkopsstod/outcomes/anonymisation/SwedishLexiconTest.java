package se.inkopsstod.outcomes.anonymisation;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Swedish lexicon: inflections, compounds and proper nouns, read once and quickly. */
class SwedishLexiconTest {

    @Test
    void loadsOnceQuicklyAndWithinAFewTensOfMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        SwedishLexicon lexicon = SwedishLexicon.load();
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(Locale.ROOT, "Swedish lexicon: %d entries read in %d ms, about %d MB of heap%n",
                lexicon.size(), lexicon.loadMillis(), Math.max(0, after - before) / (1024 * 1024));
        assertThat(lexicon.isWord("upphandlingen")).isTrue();
        assertThat(SwedishLexicon.instance()).isSameAs(SwedishLexicon.instance());
        assertThat(lexicon.size()).isGreaterThan(150_000);
        assertThat(lexicon.loadMillis()).isLessThan(1_500);
    }

    @Test
    void knowsInflectedFormsOfOrdinaryWords() {
        SwedishLexicon lexicon = SwedishLexicon.instance();
        assertThat(new String[]{"skola", "skolan", "skolorna", "leverantören", "leverantörens", "avtalet", "avtalen", "kraven",
                "upphandlingen", "upphandlingarna", "berättade", "tyckte", "sa", "bra", "Vara", "Mark", "berg", "ström", "Per"})
                .allSatisfy(word -> assertThat(lexicon.isWord(word)).as(word).isTrue());
    }

    @Test
    void splitsCompoundsAndHyphenatedWords() {
        SwedishLexicon lexicon = SwedishLexicon.instance();
        assertThat(new String[]{"pilotskolan", "frånvaroanmälan", "avtalskraven", "lärplattformen", "skolplattformens",
                "berg-och-dalbana", "it-pedagogen", "elevlistor", "inloggningsproblemen"})
                .allSatisfy(word -> assertThat(lexicon.isWord(word)).as(word).isTrue());
    }

    @Test
    void tellsNamesAndUnknownTokensFromWords() {
        SwedishLexicon lexicon = SwedishLexicon.instance();
        assertThat(new String[]{"lars", "Johansson", "Görans", "Google"})
                .allSatisfy(word -> assertThat(lexicon.isProperNoun(word)).as(word).isTrue());
        assertThat(new String[]{"lars", "johansson", "Vklass", "Qvarfordt", "Nyamweya", "Edulab"})
                .allSatisfy(word -> assertThat(lexicon.isWord(word)).as(word).isFalse());
        assertThat(lexicon.isProperNoun("berg")).isFalse();
    }
}
