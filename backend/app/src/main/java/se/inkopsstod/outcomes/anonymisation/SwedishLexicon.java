package se.inkopsstod.outcomes.anonymisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Swedish words the anonymiser must leave alone, read from the Hunspell dictionary sv_SE
 * ("Den stora svenska ordlistan", Göran Andersson, LGPL) that LanguageTool's Swedish module ships,
 * plus LanguageTool's list of common Swedish words. Nothing is expanded up front: a word form is
 * looked up as Hunspell does, by undoing each suffix rule of the affix file whose ending it carries
 * and asking whether the stem is listed with that rule's flag; compounds ("pilotskolan",
 * "frånvaroanmälan") are split into a part that may begin a compound and a part that may end one.
 * Capitalised entries are proper nouns (Anna, Johansson, Google, Sverige): they are kept apart, so
 * that "berg" is a word and "Lars" only a name.
 * <p>
 * Loaded once per JVM ({@link #instance()}); immutable and thread-safe after that.
 */
final class SwedishLexicon {

    private static final String BASE = "/org/languagetool/resource/sv/";
    /** Hunspell flags of sv_SE.aff: may begin, be the middle of, end a compound; only in compounds; needs an affix; forbidden. */
    private static final char COMPOUND_BEGIN = 'X';
    private static final char COMPOUND_MIDDLE = 'U';
    private static final char COMPOUND_END = 'Y';
    private static final char ONLY_IN_COMPOUND = 'Z';
    private static final char NEED_AFFIX = '¤';
    private static final char FORBIDDEN = '%';
    private static final int MIN_COMPOUND_PART = 3;

    private final Map<String, String> words = new HashMap<>(200_000);
    private final Map<String, String> properNouns = new HashMap<>(20_000);
    private final Map<String, List<Suffix>> suffixesByEnding = new HashMap<>();
    private final Set<String> common = new HashSet<>(12_000);
    private int longestEnding;
    private final long loadMillis;

    private SwedishLexicon() {
        long started = System.nanoTime();
        readAffixes();
        readDictionary();
        readCommonWords();
        readLoanWords();
        loadMillis = (System.nanoTime() - started) / 1_000_000;
    }

    /** A fresh copy, to measure what loading costs; use {@link #instance()} otherwise. */
    static SwedishLexicon load() {
        return new SwedishLexicon();
    }

    /** The lexicon, read on first use. */
    static SwedishLexicon instance() {
        return Holder.INSTANCE;
    }

    /** How long reading the dictionary took, for the record. */
    long loadMillis() {
        return loadMillis;
    }

    /** Entries in the word list (lower case) and proper nouns (capitalised). */
    int size() {
        return words.size() + properNouns.size();
    }

    /**
     * Whether {@code word} is an ordinary Swedish word form (in any case): listed, an inflection of
     * a listed word, a compound of listed words, or hyphenated parts that each are ("berg-och-dalbana").
     */
    boolean isWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf('-') > 0) {
            for (String part : lower.split("-")) {
                if (!part.isEmpty() && !isWord(part)) {
                    return false;
                }
            }
            return true;
        }
        if (inflected(words, lower, null)) {
            return true;
        }
        if (common.contains(lower)) {
            return !isProperNoun(word); // the common-words list has names in lower case too ("anna", "marie")
        }
        // a compound of words that is also listed as a proper noun is the name: "Sjöberg" the surname, "Ronja" not "ron" + "ja"
        return compound(lower, 0) && !isProperNoun(word);
    }

    /** Whether the word is among LanguageTool's most common Swedish words (function words, frequent verbs and nouns). */
    boolean isCommon(String word) {
        return common.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is listed (or an inflection of a listed word) rather than only a compound of listed words. */
    boolean isListedWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return common.contains(lower) || inflected(words, lower, null);
    }

    /** Whether {@code word} is only known as a proper noun: "Lars", "Görans", "Johansson" but not "berg". */
    boolean isProperNoun(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
        if (inflected(properNouns, capitalised, null) || inflected(properNouns, word, null)) {
            return true;
        }
        return capitalised.endsWith("s") && capitalised.length() > 3
                && properNouns.containsKey(capitalised.substring(0, capitalised.length() - 1));
    }

    /** Whether the word (in any case) is a form of a listed word, an affix rule given by {@code need} on its stem if set. */
    private boolean inflected(Map<String, String> dictionary, String form, Character need) {
        String bare = dictionary.get(form);
        if (bare != null && bare.indexOf(NEED_AFFIX) < 0 && bare.indexOf(ONLY_IN_COMPOUND) < 0
                && bare.indexOf(FORBIDDEN) < 0 && (need == null || bare.indexOf(need) >= 0)) {
            return true;
        }
        for (int k = 0; k <= Math.min(longestEnding, form.length() - 1); k++) {
            List<Suffix> rules = suffixesByEnding.get(form.substring(form.length() - k));
            if (rules != null && stemmed(dictionary, form.substring(0, form.length() - k), rules, need)) {
                return true;
            }
        }
        return false;
    }

    private boolean stemmed(Map<String, String> dictionary, String rest, List<Suffix> rules, Character need) {
        for (Suffix rule : rules) {
            String stem = rest + rule.strip();
            String flags = dictionary.get(stem);
            if (flags != null && flags.indexOf(rule.flag()) >= 0 && flags.indexOf(FORBIDDEN) < 0 && rule.fits(stem)
                    && (need == null || flags.indexOf(need) >= 0 || rule.continuation().indexOf(need) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** A first part that may begin (or continue) a compound, then the rest: a part that may end one, or another compound. */
    private boolean compound(String word, int depth) {
        if (depth > 3 || word.length() < 2 * MIN_COMPOUND_PART) {
            return false;
        }
        for (int i = word.length() - MIN_COMPOUND_PART; i >= MIN_COMPOUND_PART; i--) {
            String head = word.substring(0, i);
            if (!beginsCompound(head, depth == 0 ? COMPOUND_BEGIN : COMPOUND_MIDDLE)) {
                continue;
            }
            String tail = word.substring(i);
            if (inflected(words, tail, COMPOUND_END) || compound(tail, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean beginsCompound(String head, char flag) {
        String flags = words.get(head);
        if (flags != null && (flags.indexOf(flag) >= 0 || flags.indexOf(COMPOUND_BEGIN) >= 0)) {
            return true;
        }
        if (head.length() > MIN_COMPOUND_PART && head.endsWith("s")) {
            String linked = words.get(head.substring(0, head.length() - 1)); // the linking s: "tvåfaktors-"
            if (linked != null && (linked.indexOf(flag) >= 0 || linked.indexOf(COMPOUND_BEGIN) >= 0)) {
                return true;
            }
        }
        // forms made for compounds only ("skol-" of "skola", "arbets-" of "arbete") carry the flag on the affix
        for (int k = 0; k <= Math.min(longestEnding, head.length() - 1); k++) {
            List<Suffix> rules = suffixesByEnding.get(head.substring(head.length() - k));
            if (rules == null) {
                continue;
            }
            String rest = head.substring(0, head.length() - k);
            for (Suffix rule : rules) {
                if (rule.continuation().indexOf(flag) < 0 && rule.continuation().indexOf(COMPOUND_BEGIN) < 0) {
                    continue;
                }
                String stem = rest + rule.strip();
                String stemFlags = words.get(stem);
                if (stemFlags != null && stemFlags.indexOf(rule.flag()) >= 0 && rule.fits(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void readAffixes() {
        for (String line : lines(BASE + "hunspell/sv_SE.aff")) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 5 || !f[0].equals("SFX")) {
                continue; // the header of a rule group, or another directive
            }
            char flag = f[1].charAt(0);
            String strip = f[2].equals("0") ? "" : f[2];
            String[] add = f[3].split("/", 2);
            String ending = add[0].equals("0") ? "" : add[0];
            Suffix suffix = new Suffix(flag, strip, ending, add.length > 1 ? add[1] : "", Condition.of(f[4]));
            suffixesByEnding.computeIfAbsent(ending, e -> new ArrayList<>()).add(suffix);
            longestEnding = Math.max(longestEnding, ending.length());
        }
    }

    private void readDictionary() {
        boolean first = true;
        for (String line : lines(BASE + "hunspell/sv_SE.dic")) {
            if (first) {
                first = false; // the entry count
                continue;
            }
            int slash = line.indexOf('/');
            String word = (slash < 0 ? line : line.substring(0, slash)).strip();
            String flags = slash < 0 ? "" : line.substring(slash + 1).strip();
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                properNouns.merge(word, flags, String::concat);
            } else {
                words.merge(word, flags, String::concat);
            }
        }
    }

    private void readCommonWords() {
        for (String line : lines(BASE + "common_words.txt")) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#") && Character.isLowerCase(word.codePointAt(0))) {
                common.add(word);
            }
        }
    }

    /**
     * Loan words of school IT that the spelling dictionary lacks ("onboarding", "dashboard"): each may
     * take the common noun endings and begin or end a compound ("exitkraven", "onboardingen").
     */
    private void readLoanWords() {
        for (String line : lines("/anonymisation/loan-words.txt")) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.merge(word, "BCDEGHXYU", String::concat);
            }
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SwedishLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (org.languagetool:language-sv)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<String> lines = new ArrayList<>(160_000);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of a suffix group: remove {@code strip} from a stem that fits the condition, add {@code ending}. */
    private record Suffix(char flag, String strip, String ending, String continuation, Condition condition) {
        boolean fits(String stem) {
            return condition.matches(stem);
        }
    }

    /** Hunspell's condition on the end of the stem: letters and [bracketed] sets, [^negated] too; "." for any. */
    private record Condition(List<String> sets, List<Boolean> negated) {
        static Condition of(String text) {
            List<String> sets = new ArrayList<>();
            List<Boolean> negated = new ArrayList<>();
            if (text.equals(".")) {
                return new Condition(sets, negated);
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '[') {
                    int close = text.indexOf(']', i);
                    boolean not = text.charAt(i + 1) == '^';
                    sets.add(text.substring(not ? i + 2 : i + 1, close));
                    negated.add(not);
                    i = close;
                } else if (c == '.') {
                    sets.add(null);
                    negated.add(false);
                } else {
                    sets.add(String.valueOf(c));
                    negated.add(false);
                }
            }
            return new Condition(sets, negated);
        }

        boolean matches(String stem) {
            int n = sets.size();
            if (stem.length() < n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                String set = sets.get(i);
                if (set == null) {
                    continue;
                }
                char c = stem.charAt(stem.length() - n + i);
                if ((set.indexOf(c) >= 0) == negated.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Holder {
        private static final SwedishLexicon INSTANCE = new SwedishLexicon();
    }
}
