package se.inkopsstod.outcomes.anonymisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anonymises a lesson learned before it leaves the tenant. Rules, in order of precedence:
 * <ol>
 *   <li>e-mail addresses; personal identity numbers (a valid date, samordningsnummer too, with or
 *       without century and separator) and organisation numbers (ten digits, the third at least 2);
 *       Swedish phone numbers (starting 0, +46 or 0046, grouped by spaces or dashes). Ten digits in
 *       a row that start with 0 are taken for a phone number.</li>
 *   <li>what the context names: the tenant's people (full names and each part of at least three
 *       letters), schools and organisations (with and without "kommun", "AB", a genitive s).</li>
 *   <li>the 290 municipalities: "X", "Xs", "X kommun", "Xs kommun", "X stad", "Region X". A name that
 *       is also an everyday word or a first name (Vara, Mark, Berg, Nora …) counts only with
 *       "kommun"/"stad" after it or a place preposition (i, från, till …) before it.</li>
 *   <li>school names: a capitalised word ending in -skolan or -gymnasiet, or "X skola"/"X förskola";
 *       generic words (Grundskolan, Förskolan …) stay.</li>
 *   <li>person names: a known first name followed by a capitalised word (the surname, known or not)
 *       is one name; a known first name alone counts mid-sentence, and at the start of a sentence
 *       only when it is not also an everyday word; a known surname counts after a title (rektor,
 *       lärare …).</li>
 * </ol>
 * Known limits: a surname alone without a title, or a first name missing from the list, stays;
 * lower-case names stay (they are taken for words). Overlapping finds: the longer wins.
 * Thread-safe; construct once.
 */
public final class LessonAnonymiser {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern NUMBER_10 = Pattern.compile("(?<![\\d-])((?:19|20)?)(\\d{6})([-+]?)(\\d{4})(?![\\d])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+46|0046|0)(?:[\\s-]?\\(0\\))?[\\s-]?\\d{1,3}(?:[\\s-]?\\d{2,4}){2,4}(?!\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}]+(?:-\\p{Lu}[\\p{L}]+)?");
    private static final Pattern SCHOOL_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}-]*(?:skolan|gymnasiet)\\b");
    private static final Pattern SCHOOL_PHRASE = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+ (?:skola|förskola|gymnasium|grundskola)\\b");
    private static final Set<String> GENERIC_SCHOOLS = Set.of("grundskolan", "förskolan", "gymnasieskolan", "särskolan",
            "grundsärskolan", "gymnasiesärskolan", "högskolan", "folkhögskolan", "yrkeshögskolan", "specialskolan",
            "sameskolan", "kulturskolan", "musikskolan", "skolan", "gymnasiet", "grundskola", "förskola", "komvux", "lärarhögskolan",
            "fritidsskolan", "sommarskolan", "anpassade", "kommunala", "fristående", "egna", "vår", "vara", "en", "varje", "hela");
    private static final Set<String> TITLES = Set.of("rektor", "rektorn", "biträdande", "lärare", "läraren", "lärarna", "it-pedagog",
            "it-pedagogen", "upphandlare", "upphandlaren", "förvaltningschef", "förvaltningschefen", "skolchef", "skolchefen",
            "kontaktperson", "kontaktpersonen", "hr", "fru", "herr", "dr", "systemförvaltare", "samordnare", "projektledare",
            "projektledaren", "kollega", "kollegan", "säljare", "säljaren", "specialpedagog", "specialpedagogen", "chef", "chefen");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("i", "från", "till", "hos", "med", "vid", "på", "mot", "för", "åt",
            "och", "eller", "som");
    /** Capitalised words that a following word must not turn into a "surname". */
    private static final Set<String> NOT_SURNAMES = Set.of("Teams", "Google", "Microsoft", "Apple", "Skolverket", "SS", "LTI",
            "GDPR", "Skolfederation", "Kommun", "Vi", "Jag", "Det", "Den", "De", "Han", "Hon", "Men", "Och", "Som", "När");

    private final Set<String> municipalities;
    private final List<MunicipalityPattern> municipalityPatterns;
    private final Set<String> firstNames;
    private final Set<String> surnames;
    private final Set<String> everydayWords;

    public LessonAnonymiser() {
        municipalities = load("municipalities.txt");
        firstNames = load("first-names.txt");
        surnames = load("surnames.txt");
        everydayWords = load("keep-words.txt");
        municipalityPatterns = municipalities.stream().map(name -> {
            boolean ambiguous = everydayWords.contains(name);
            return new MunicipalityPattern(name, ambiguous, Pattern.compile(
                    "(?<![\\p{L}-])(Region )?" + Pattern.quote(name) + "(s)?( kommun| stad)?(?![\\p{L}-])",
                    ambiguous ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }).toList();
    }

    /** The 290 municipalities the anonymiser knows, as written without "kommun". */
    public Set<String> municipalities() {
        return municipalities;
    }

    public AnonymisedText anonymise(String text, AnonymisationContext context) {
        if (text == null || text.isEmpty()) {
            return new AnonymisedText(text == null ? "" : text, List.of());
        }
        List<Span> found = new ArrayList<>();
        matches(found, text, EMAIL, RemovalKind.EMAIL);
        identityNumbers(found, text);
        matches(found, text, PHONE, RemovalKind.PHONE);
        context.organisationNames().forEach(name -> variants(name).forEach(v -> literal(found, text, v, RemovalKind.ORGANISATION, 2)));
        context.schoolNames().forEach(name -> literal(found, text, name, RemovalKind.SCHOOL, 2));
        context.personNames().forEach(name -> person(found, text, name));
        municipalities(found, text);
        schools(found, text);
        names(found, text);
        return replace(text, resolve(found));
    }

    private static void matches(List<Span> found, String text, Pattern pattern, RemovalKind kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Span(m.start(), m.end(), kind, 3));
        }
    }

    private static void identityNumbers(List<Span> found, String text) {
        Matcher m = NUMBER_10.matcher(text);
        while (m.find()) {
            String six = m.group(2);
            boolean separated = !m.group(3).isEmpty();
            boolean century = !m.group(1).isEmpty();
            if (!separated && !century && six.startsWith("0")) {
                continue; // ten digits starting with 0 in a row: a phone number
            }
            if (validBirthDate(m.group(1), six)) {
                found.add(new Span(m.start(), m.end(), RemovalKind.PERSONAL_IDENTITY_NUMBER, 4));
            } else if (!century && six.charAt(2) >= '2') {
                found.add(new Span(m.start(), m.end(), RemovalKind.ORGANISATION_NUMBER, 4));
            }
        }
    }

    private static boolean validBirthDate(String century, String six) {
        int month = Integer.parseInt(six.substring(2, 4));
        int day = Integer.parseInt(six.substring(4, 6));
        if (day > 60) {
            day -= 60; // samordningsnummer
        }
        int year = Integer.parseInt((century.isEmpty() ? "19" : century) + six.substring(0, 2));
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Each name of a person and each part of at least three letters, where it stands capitalised. */
    private static void person(List<Span> found, String text, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        literal(found, text, name.strip(), RemovalKind.PERSON_NAME, 2);
        for (String part : name.strip().split("\\s+")) {
            if (part.length() >= 3 && Character.isUpperCase(part.charAt(0))) {
                wholeWord(found, text, part, RemovalKind.PERSON_NAME, true);
            }
        }
    }

    private void municipalities(List<Span> found, String text) {
        for (MunicipalityPattern municipality : municipalityPatterns) {
            Matcher m = municipality.pattern().matcher(text);
            while (m.find()) {
                boolean suffixed = m.group(3) != null || m.group(1) != null;
                if (municipality.ambiguous() && !suffixed && !(placePreposition(text, m.start()) && !sentenceStart(text, m.start()))) {
                    continue;
                }
                if (!municipality.ambiguous() && !suffixed && !Character.isUpperCase(text.charAt(m.start()))
                        && municipality.name().length() < 5) {
                    continue; // "osby", "hjo": short lower-case words stay
                }
                found.add(new Span(m.start(), m.end(), RemovalKind.MUNICIPALITY, 1));
            }
        }
    }

    private static void schools(List<Span> found, String text) {
        for (Pattern pattern : List.of(SCHOOL_WORD, SCHOOL_PHRASE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String first = m.group().split(" ")[0].toLowerCase(Locale.ROOT);
                if (!GENERIC_SCHOOLS.contains(first) && !GENERIC_SCHOOLS.contains(m.group().toLowerCase(Locale.ROOT))) {
                    found.add(new Span(m.start(), m.end(), RemovalKind.SCHOOL, 1));
                }
            }
        }
    }

    private void names(List<Span> found, String text) {
        Matcher m = WORD.matcher(text);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = text.substring(w[0], w[1]);
            boolean atStart = sentenceStart(text, w[0]);
            if (firstNames.contains(word)) {
                int end = w[1];
                int[] next = i + 1 < words.size() ? words.get(i + 1) : null;
                boolean surnameFollows = next != null && onlySpaceBetween(text, w[1], next[0])
                        && !NOT_SURNAMES.contains(text.substring(next[0], next[1]));
                if (surnameFollows) {
                    end = next[1];
                } else if (atStart && everydayWords.contains(word)) {
                    continue; // "Per elev …", "Max två klick …"
                }
                found.add(new Span(w[0], end, RemovalKind.PERSON_NAME, 0));
            } else if (surnames.contains(word) && afterTitle(text, w[0])) {
                found.add(new Span(w[0], w[1], RemovalKind.PERSON_NAME, 0));
            }
        }
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        return to - from == 1 && text.charAt(from) == ' ';
    }

    private static boolean afterTitle(String text, int start) {
        String before = previousWord(text, start);
        return before != null && TITLES.contains(before.toLowerCase(Locale.ROOT));
    }

    private static boolean placePreposition(String text, int start) {
        String before = previousWord(text, start);
        return before != null && PLACE_PREPOSITIONS.contains(before.toLowerCase(Locale.ROOT));
    }

    private static String previousWord(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '-')) {
            begin--;
        }
        return begin == end ? null : text.substring(begin, end);
    }

    private static boolean sentenceStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:;•-–\"”(\n".indexOf(text.charAt(i)) >= 0 || text.charAt(start - 1) == '\n';
    }

    /** A name and the forms it is written in: without "kommun", "stad", "AB"; with a genitive s. */
    private static Set<String> variants(String name) {
        Set<String> variants = new LinkedHashSet<>();
        if (name == null || name.isBlank()) {
            return variants;
        }
        String full = name.strip();
        variants.add(full);
        String base = full.replaceFirst("(?i)\\s+(kommun|stad|ab|aktiebolag|hb|kb|ek\\.? för\\.?)$", "").strip();
        if (base.length() >= 3) {
            variants.add(base);
            if (base.endsWith("s") && full.toLowerCase(Locale.ROOT).endsWith(" kommun") && base.length() > 4) {
                variants.add(base.substring(0, base.length() - 1)); // "Älvstads kommun" → "Älvstad"
            }
        }
        return variants;
    }

    private static void literal(List<Span> found, String text, String literal, RemovalKind kind, int priority) {
        if (literal == null || literal.isBlank()) {
            return;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(literal) + "s?(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            found.add(new Span(m.start(), m.end(), kind, priority));
        }
    }

    private static void wholeWord(List<Span> found, String text, String word, RemovalKind kind, boolean capitalisedOnly) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "s?(?![\\p{L}\\d])").matcher(text);
        while (m.find()) {
            if (!capitalisedOnly || Character.isUpperCase(text.charAt(m.start()))) {
                found.add(new Span(m.start(), m.end(), kind, 2));
            }
        }
    }

    /** Longest first, then the rule of higher precedence, then the earliest; nothing overlaps. */
    private static List<Span> resolve(List<Span> found) {
        List<Span> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Span s) -> s.end - s.start).reversed()
                .thenComparing(Comparator.comparingInt((Span s) -> s.priority).reversed())
                .thenComparingInt(s -> s.start));
        List<Span> kept = new ArrayList<>();
        for (Span candidate : sorted) {
            if (kept.stream().noneMatch(k -> k.start < candidate.end && candidate.start < k.end)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(s -> s.start));
        return kept;
    }

    private static AnonymisedText replace(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder();
        List<Removal> removals = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            out.append(text, at, span.start);
            String replacement = span.kind.replacement();
            removals.add(new Removal(out.length(), out.length() + replacement.length(), text.substring(span.start, span.end),
                    replacement, span.kind));
            out.append(replacement);
            at = span.end;
        }
        out.append(text.substring(at));
        return new AnonymisedText(out.toString(), List.copyOf(removals));
    }

    private static Set<String> load(String resource) {
        Set<String> lines = new HashSet<>();
        try (InputStream in = LessonAnonymiser.class.getResourceAsStream("/anonymisation/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("anonymisation/" + resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(lines);
    }

    private record Span(int start, int end, RemovalKind kind, int priority) {
    }

    private record MunicipalityPattern(String name, boolean ambiguous, Pattern pattern) {
    }
}
