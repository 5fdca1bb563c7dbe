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
 *   <li>web addresses (whole: their paths carry names), e-mail addresses and account handles
 *       ("@anna.k"); personal identity numbers (a valid date, samordningsnummer too, with or without
 *       century and separator) and organisation numbers (ten digits, the third at least 2); Swedish
 *       phone numbers; IPv4 and IPv6 addresses; street addresses with a number ("Storgatan 12",
 *       "Box 123") and postcodes with the place after them ("412 63 Göteborg", "SE-412 63").</li>
 *   <li>what the context names: people (full names and each part), schools and organisations (with
 *       and without "kommun", "AB", a genitive s, and the short form people use: "Edulab" for
 *       "Edulab Lärplattformar AB").</li>
 *   <li>the 290 municipalities: "X", "Xs", "X kommun", "Xs kommun", "X stad", "Region X". A name that
 *       is also an everyday word or a first name (Vara, Mark, Berg, Nora …) counts only with
 *       "kommun"/"stad" after it or a place preposition (i, från, till …) before it.</li>
 *   <li>school names: a capitalised word ending in -skolan or -gymnasiet, or "X skola"/"X förskola";
 *       generic words (Grundskolan, Pilotskolan …) stay.</li>
 *   <li>proper names that no list holds, found with a Swedish lexicon ({@link SwedishLexicon}) rather
 *       than with a list of names: see {@link #names}.</li>
 * </ol>
 * Overlapping finds: the longer wins. Thread-safe; construct once (the lexicon is shared anyway).
 */
public final class LessonAnonymiser {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern NUMBER_10 = Pattern.compile("(?<![\\d-])((?:19|20)?)(\\d{6})([-+]?)(\\d{4})(?![\\d])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+46|0046|0)(?:[\\s-]?\\(0\\))?[\\s-]?\\d{1,3}(?:[\\s-]?\\d{2,4}){2,4}(?!\\d)");
    private static final Pattern URL = Pattern.compile("(?i)(?<![\\p{L}\\d@.])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"”“')\\]]+"
            + "|(?<![\\p{L}\\d@.:/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:se|com|nu|org|net|io|eu|fi|no|dk|de|app|edu|info|biz)"
            + "(?![\\p{L}\\d-])(?::\\d+)?(?:/[^\\s<>\"”“')\\]]*)?");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\d._%+-])@[\\p{L}\\d](?:[\\p{L}\\d._-]*[\\p{L}\\d])?");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:/\\d{1,2}|:\\d{1,5})?(?![\\d.]\\d)");
    private static final Pattern IPV6_CANDIDATE = Pattern.compile("(?<![\\p{L}\\d:])\\[?[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?:%\\w+)?\\]?(?:/\\d{1,3})?");
    private static final String STREET_SUFFIX = "(?:gatan|gata|vägen|väg|gränd|gränden|stigen|torget|torg|platsen|allén|allé|backen|backe|"
            + "leden|kajen|esplanaden|promenaden|stråket|slingan|liden|lunden|parken|hagen|gången|plan|tvärgatan|kroken|vägen)";
    private static final Pattern ADDRESS = Pattern.compile("(?iu)(?<![\\p{L}\\d-])(?:(?:lilla|stora|norra|södra|västra|östra|gamla|nya|övre|nedre) "
            + "[\\p{L}-]*|[\\p{L}][\\p{L}-]*)" + STREET_SUFFIX + " \\d{1,4}(?: ?[a-h](?![\\p{L}\\d]))?(?:-\\d{1,4})?(?:,? \\d tr(?:\\.|appor)?)?"
            + "|(?<![\\p{L}])(?:box|postbox|pl) \\d{1,6}(?!\\d)");
    private static final Pattern POSTCODE = Pattern.compile("(?<![\\p{L}\\d-])(?:(SE|S)[- ]?)?(\\d{3} ?\\d{2})(?![\\d])((?: \\p{Lu}[\\p{L}-]*){1,2})?");
    /** Tokens: letters, with apostrophes ("O'Brien") and hyphenated parts ("Anna-Karin", "berg-och-dalbana") kept whole. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}[\\p{L}\\p{M}]*)?(?:-\\p{L}[\\p{L}\\p{M}]*)*");
    private static final Pattern SCHOOL_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}-]*(?:skolan|gymnasiet)\\b");
    private static final Pattern SCHOOL_PHRASE = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+ (?:skola|förskola|gymnasium|grundskola)\\b");
    private static final Set<String> GENERIC_SCHOOLS = setOf("grundskolan", "förskolan", "gymnasieskolan", "särskolan",
            "grundsärskolan", "gymnasiesärskolan", "högskolan", "folkhögskolan", "yrkeshögskolan", "specialskolan",
            "sameskolan", "kulturskolan", "musikskolan", "skolan", "gymnasiet", "grundskola", "förskola", "komvux", "lärarhögskolan",
            "fritidsskolan", "sommarskolan", "anpassade", "kommunala", "fristående", "egna", "vår", "vara", "en", "varje", "hela");
    /** Schools named for what they are, not where: "Pilotskolan", "Sommarskolan", "Testgymnasiet". */
    private static final Pattern GENERIC_SCHOOL_WORD = Pattern.compile("(?:pilot|test|referens|modell|försöks|demo|exempel|sommar|"
            + "kultur|musik|resurs|fri|kommun|grund|gymnasie|special|spec|sär|hög|folkhög|yrkes|kvälls|natur|distans|digital|"
            + "framtids|mottagnings|internat|hem|friluftsskola|förskole|lågstadie|mellanstadie|högstadie|privat|idrotts|språk|"
            + "kompis|partner|nätverks|del|egen|ny|annan|gamla|nya|större|mindre|samma|vår|er|din|vilken|varje)s?"
            + "(?:skolan|skolorna|skola|skolor|gymnasiet|gymnasierna)");
    /** Strong and irregular verb forms that follow a title as what the person did: "specialpedagogen gav råd". */
    private static final Set<String> IRREGULAR_VERBS = Set.of("gav", "ger", "tog", "tar", "fick", "får", "kom", "kommer", "gick",
            "går", "blev", "blir", "var", "är", "såg", "ser", "fann", "drog", "drar", "bad", "ber", "stod", "står", "satt", "sitter",
            "låg", "ligger", "lät", "höll", "håller", "gjorde", "gör", "sålde", "valde", "ville", "vill", "kunde", "kan", "skulle",
            "ska", "måste", "bör", "fått", "gett", "skrev", "skriver", "drev", "driver", "bjöd", "bjuder", "fanns", "finns",
            "vet", "visste", "sa", "sade", "säger", "hann", "hinner", "förstod", "förstår", "slog", "slår", "sköt", "väljer");

    private static final Set<String> TITLES = setOf("rektor", "rektorn", "biträdande", "lärare", "läraren", "lärarna", "it-pedagog",
            "it-pedagogen", "upphandlare", "upphandlaren", "förvaltningschef", "förvaltningschefen", "skolchef", "skolchefen",
            "kontaktperson", "kontaktpersonen", "hr", "fru", "herr", "dr", "systemförvaltare", "samordnare", "projektledare",
            "projektledaren", "kollega", "kollegan", "säljare", "säljaren", "specialpedagog", "specialpedagogen", "chef", "chefen",
            "elev", "eleven", "eleverna", "vårdnadshavare", "vårdnadshavaren", "mentor", "mentorn",
            "kurator", "kuratorn", "vd", "ordförande", "ordföranden", "konsult", "konsulten", "jurist", "juristen", "ekonom",
            "ekonomen", "pedagog", "pedagogen", "förstelärare", "förstelägaren", "handläggare", "handläggaren", "assistent",
            "assistenten", "bibliotekarie", "bibliotekarien", "skolsköterska", "skolsköterskan", "administratör",
            "administratören", "utvecklare", "utvecklaren", "tekniker", "teknikern", "kundansvarig", "kundansvarige",
            "dataskyddsombud", "dataskyddsombudet", "tf", "t.f.", "ombud", "ombudet", "kontakt", "kontakten", "kollegan",
            "namn", "heter", "hette", "kallad", "kallas", "fröken", "magister", "professor", "docent", "doktor");
    /** Job titles by their ending: "it-strategen", "verksamhetschef", "avtalsansvarige", "digitaliseringssamordnaren". */
    private static final Pattern TITLE_ENDING = Pattern.compile("(?iu).*(?:chef|chefen|pedagog|pedagogen|strateg|strategen|ansvarig|ansvarige|"
            + "samordnare|samordnaren|handläggare|handläggaren|ledare|ledaren|förvaltare|förvaltaren|lärare|läraren|rektor|rektorn|"
            + "säljare|säljaren|konsult|konsulten|ombud|ombudet|administratör|administratören|utvecklare|utvecklaren|tekniker|"
            + "teknikern|controller|controllern|sekreterare|sekreteraren|direktör|direktören|expert|experten|specialist|specialisten)");
    /** Verbs that follow who said, wrote or did something: the word before them is often a name. */
    private static final Set<String> SAYING_VERBS = setOf("sa", "sade", "säger", "tyckte", "tycker", "skrev", "skriver", "menade",
            "menar", "berättade", "berättar", "påpekade", "påpekar", "förklarade", "förklarar", "svarade", "svarar", "frågade",
            "frågar", "konstaterade", "konstaterar", "betonade", "betonar", "föreslog", "föreslår", "noterade", "noterar", "framhöll",
            "underströk", "lyfte", "ledde", "leder", "meddelade", "meddelar", "ansåg", "anser", "hävdade", "hävdar", "mejlade",
            "ringde", "visade", "höll", "återkom", "ville", "vill", "tog", "fick", "hade", "har", "var", "är", "blev", "kom", "gick",
            "tipsade", "varnade", "undrade", "skickade", "bekräftade", "lovade", "sammanfattade", "presenterade", "ordnade",
            "ansvarade", "ansvarar", "samordnade", "drev", "driver", "hjälpte", "kontaktade", "deltog", "beslutade", "godkände",
            "skötte", "sköter", "tackade", "kommenterade", "insisterade", "rekommenderade", "erbjöd", "bad", "menade", "kan",
            "kunde", "ska", "skulle", "måste", "borde", "och", "på", "från", "hos", "i");
    private static final Pattern VERB_ENDING = Pattern.compile(".*(?:ade|de|te|dde|tt|ar|er|ir|ur|or|as|es|a)");
    /** Words that open a sentence before a name without being part of it: "Enligt Ogechi", "Både Tuva och …". */
    private static final Set<String> SENTENCE_OPENERS = setOf("enligt", "med", "från", "till", "hos", "för", "efter", "före", "under",
            "av", "om", "på", "i", "vid", "utan", "tack", "hej", "kontakta", "fråga", "både", "även", "också", "men", "och", "eller",
            "när", "då", "sedan", "nu", "igår", "idag", "dessutom", "bara", "endast", "just", "vi", "jag", "ni", "de", "hon", "han",
            "det", "den", "dessa", "alla", "som", "att", "eftersom", "trots", "tyvärr", "kanske", "varken", "inte", "ring", "mejla",
            "skriv", "be", "låt", "hälsa", "fråga", "vår", "vårt", "våra", "er", "ert", "era", "min", "mitt", "mina", "hos", "mot",
            "genom", "via", "mellan", "bland", "kollegan", "rektor", "ett", "en", "var", "vilken", "vem", "hur", "varför", "så");
    private static final Set<String> FUNCTION_WORDS = setOf("själv", "själva", "också", "redan", "ju", "väl", "alltid", "aldrig",
            "gärna", "direkt", "tidigt", "sent", "ofta", "sällan", "mycket", "lite", "mer", "mest", "fick", "kan", "ska", "vill",
            "har", "hade", "är", "var", "blev", "kom", "tog", "gick", "vet", "ut", "in", "upp", "ner", "fram", "bort", "hem", "över",
            "inom", "utom", "sig", "sin", "sitt", "sina", "honom", "henne", "dem", "oss", "mig", "dig", "här", "där", "hit", "dit",
            "inget", "ingen", "inga", "något", "någon", "några", "allt", "hela", "samma", "andra", "annan", "annat", "båda",
            "först", "sist", "snart", "strax", "ändå", "dock", "nog", "kunde", "skulle", "måste", "borde", "ville", "fanns",
            "finns", "också", "tillsammans", "personligen", "och", "eller", "men", "utan", "för", "om", "än", "efter", "innan",
            "inför", "under", "sedan", "mot", "vid", "genom", "enligt", "ihop", "bara", "helt", "nästan", "heller", "inte");
    /** Verbs of saying, thinking and leading: a word that is also a name ("Björn", "Berg") is one before them. */
    private static final Set<String> STRICT_SAYING_VERBS = setOf("sa", "sade", "säger", "tyckte", "tycker", "skrev", "skriver",
            "menade", "menar", "berättade", "berättar", "påpekade", "påpekar", "förklarade", "förklarar", "svarade", "svarar",
            "frågade", "frågar", "konstaterade", "betonade", "föreslog", "noterade", "framhöll", "underströk", "meddelade", "ansåg",
            "anser", "hävdade", "mejlade", "ringde", "ledde", "tipsade", "varnade", "undrade", "lovade", "bekräftade", "sammanfattade",
            "presenterade", "kommenterade", "rekommenderade", "insisterade", "ansvarade", "samordnade", "återkom", "skickade",
            "kontaktade", "erbjöd", "hjälpte", "tackade", "höll", "drev");
    /** A lower-case word that no lexicon knows is taken for a name only where names stand: after these words. */
    private static final Set<String> NAME_PRECEDERS = setOf("med", "av", "enligt", "hos", "till", "från", "åt", "heter", "hette",
            "kallad", "kallas", "namnet", "tack", "hej", "hälsningar", "mvh", "kontakta", "fråga", "frågade", "ringde", "mejlade",
            "träffade", "bad", "enl", "genom");
    private static final Set<String> PARTICLES = setOf("von", "van", "af", "de", "der", "den", "da", "di", "du", "la", "le", "al",
            "el", "bin", "ibn", "ben", "abu", "dos", "das", "del", "della", "ter", "ten", "zu", "mc");
    private static final Set<String> LEGAL_FORMS = setOf("AB", "Ab", "ab", "Aktiebolag", "aktiebolag", "HB", "KB", "Group", "Oy", "AS",
            "ASA", "A/S", "GmbH", "Ltd", "Inc", "Inc.", "Ltd.", "LLC", "Corp", "Corporation", "Company", "Holding", "Education",
            "Solutions", "Systems", "Consulting", "Konsult", "Förlag", "förlag", "Media", "Labs", "Tech", "Software", "Digital");
    private static final Set<String> MUNICIPAL_WORDS = setOf("kommun", "kommuns", "stad", "stads", "Kommun", "Stad", "region",
            "regions", "Region", "landskap", "län", "läns", "församling", "kommunförbund", "kommunalförbund");
    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = setOf("t.ex", "bl.a", "m.fl", "m.m", "s.k", "ca", "osv", "dvs", "kl", "nr", "jfr",
            "resp", "inkl", "exkl", "t.o.m", "fr.o.m", "o.d", "p.g.a", "pga", "tex", "mfl", "bla", "d.v.s", "o.s.v", "enl",
            "tel", "f.d", "fd", "vs", "mr", "dr", "prof", "doc", "ing", "civ", "fil", "tf", "t.f");
    /** Surname endings: an unknown word ending so is a name anywhere, in any case. */
    private static final Pattern SURNAME_ENDING = Pattern.compile("(?iu).{2,}(?:sson|sen|qvist|kvist|quist|ström|strom|gren|lund|holm|"
            + "dahl|dal|berg|blad|stedt|stam|lind|löf|ius|ander|ovi[cć]|evi[cć]|i[cć]|ski|ska|sky|enko|yan|ian|oglu|oğlu|zadeh|poor|pour|"
            + "nejad|ović|ovic|escu|akis|opoulos|ez|es|wicz|czyk|ek|stad|mark|by|hed|man|mann|stein|bauer|son|ström)s?");

    private static final Set<String> PLACE_PREPOSITIONS = setOf("i", "från", "till", "hos", "med", "vid", "på", "mot", "för", "åt",
            "och", "eller", "som");
    /** Capitalised words that a following word must not turn into a "surname". */
    private static final Set<String> NOT_SURNAMES = setOf("Teams", "Google", "Microsoft", "Apple", "Skolverket", "SS", "LTI",
            "GDPR", "Skolfederation", "Kommun", "Vi", "Jag", "Det", "Den", "De", "Han", "Hon", "Men", "Och", "Som", "När");

    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private final Set<String> municipalities;
    private final List<MunicipalityPattern> municipalityPatterns;
    private final Set<String> firstNames;
    private final Set<String> surnames;
    private final Set<String> everydayWords;
    private final Set<String> publicNames;
    private final Set<String> products;
    private final List<String> publicPhrases;
    private final SwedishLexicon lexicon = SwedishLexicon.instance();

    public LessonAnonymiser() {
        municipalities = load("municipalities.txt");
        firstNames = load("first-names.txt");
        surnames = load("surnames.txt");
        everydayWords = load("keep-words.txt");
        products = load("products.txt");
        Set<String> keep = load("public-names.txt");
        publicNames = keep.stream().filter(k -> !k.contains(" ")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        publicPhrases = keep.stream().filter(k -> k.contains(" ")).sorted().toList();
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
        urls(found, text);
        matches(found, text, EMAIL, RemovalKind.EMAIL);
        matches(found, text, HANDLE, RemovalKind.HANDLE);
        identityNumbers(found, text);
        matches(found, text, PHONE, RemovalKind.PHONE);
        matches(found, text, IPV4, RemovalKind.IP_ADDRESS);
        ipv6(found, text);
        addresses(found, text);
        postcodes(found, text);
        for (String name : context.organisationNames()) {
            variants(name).forEach(v -> literal(found, text, v, RemovalKind.ORGANISATION, 2));
            shortForm(name).ifPresent(shortName -> shortName(found, text, shortName));
        }
        context.schoolNames().forEach(name -> literal(found, text, name, RemovalKind.SCHOOL, 2));
        context.personNames().forEach(name -> person(found, text, name));
        municipalities(found, text);
        schools(found, text);
        products(found, text);
        names(found, text, found);
        return replace(text, resolve(found));
    }

    private static void urls(List<Span> found, String text) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--; // the full stop after a link ends the sentence, not the link
            }
            found.add(new Span(m.start(), end, RemovalKind.URL, 5));
        }
    }

    /** A street with its number, and the capitalised words of its name before it: "Hjalmar Brantingsgatan 7". */
    private static void addresses(List<Span> found, String text) {
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            int start = m.start();
            for (int words = 0; words < 2; words++) {
                Matcher before = Pattern.compile("(?<![\\p{L}\\d-])\\p{Lu}[\\p{L}-]* $").matcher(text.substring(0, start));
                if (!before.find() || sentenceStart(text, before.start()) && words == 0 && !Character.isUpperCase(text.charAt(start))) {
                    break;
                }
                if (sentenceStart(text, before.start())) {
                    break; // "Leverera till …" stays; only a name inside the sentence joins the street
                }
                start = before.start();
            }
            found.add(new Span(start, m.end(), RemovalKind.ADDRESS, 3));
        }
    }

    private static void ipv6(List<Span> found, String text) {
        Matcher m = IPV6_CANDIDATE.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && text.charAt(end - 1) == '.') {
                end--; // the full stop ends the sentence
            }
            String candidate = text.substring(m.start(), end).replaceAll("^\\[|\\]?(?:/\\d{1,3})?$", "").replaceAll("%\\w+$", "");
            if (validIpv6(candidate)) {
                found.add(new Span(m.start(), end, RemovalKind.IP_ADDRESS, 3));
            }
        }
    }

    /** Eight groups of up to four hex digits, or fewer around one "::"; an IPv4 address may stand for the last two. */
    static boolean validIpv6(String address) {
        if (address.length() < 3 || address.indexOf("::") != address.lastIndexOf("::")) {
            return false;
        }
        String body = address;
        int extra = 0;
        int lastColon = body.lastIndexOf(':');
        String tail = body.substring(lastColon + 1);
        if (tail.contains(".")) {
            if (!IPV4.matcher(tail).matches()) {
                return false;
            }
            body = body.substring(0, lastColon + 1) + "0";
            extra = 1;
        }
        boolean compressed = body.contains("::");
        int groups = extra;
        boolean hexLetter = false;
        for (String half : body.split("::", -1)) {
            if (half.isEmpty()) {
                continue;
            }
            for (String group : half.split(":", -1)) {
                if (group.isEmpty() || group.length() > 4 || !group.matches("[0-9A-Fa-f]+")) {
                    return false;
                }
                hexLetter |= group.matches(".*[A-Fa-f].*");
                groups++;
            }
        }
        if (compressed ? groups > 7 : groups != 8) {
            return false;
        }
        // "10:15" is a time and never gets here (no "::"); "1::2" is too little to be sure of
        return hexLetter || groups >= 3 || extra > 0;
    }

    /** Products and companies of school IT whose names are also Swedish words or need no capital ("Canvas", "itslearning"). */
    private void products(List<Span> found, String text) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String word = m.group();
            String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            boolean known = products.contains(word) || products.contains(stem)
                    || products.contains(word.toLowerCase(Locale.ROOT)) && !lexicon.isWord(word);
            if (known) {
                found.add(new Span(m.start(), m.end(), RemovalKind.ORGANISATION, 1));
            }
        }
    }

    private void postcodes(List<Span> found, String text) {
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            boolean prefixed = m.group(1) != null;
            String place = m.group(3);
            boolean spaced = m.group(2).indexOf(' ') > 0;
            int end = m.end();
            if (place != null) {
                // only the place name: "412 63 Göteborg", not "412 63 Göteborg Vi …" (a new sentence would start lower down)
                String[] words = place.strip().split(" ");
                end = m.start(3) + 1 + words[0].length();
                if (words.length > 1 && words[1].equals(words[1].toUpperCase(Locale.ROOT))) {
                    end = m.end(3);
                }
            }
            boolean afterAddress = found.stream().anyMatch(f -> f.kind == RemovalKind.ADDRESS && f.end <= m.start()
                    && text.substring(f.end, m.start()).matches("[,\\s]*"));
            String before = previousWord(text, m.start());
            boolean named = before != null && before.toLowerCase(Locale.ROOT).startsWith("post");
            if (prefixed || afterAddress || named || (spaced && place != null) || (place != null && place.strip().length() > 1
                    && place.strip().equals(place.strip().toUpperCase(Locale.ROOT)))) {
                found.add(new Span(m.start(), end, RemovalKind.POSTCODE, 3));
            }
        }
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

    /**
     * Each name of a person and each part of at least three letters, where it stands capitalised; a
     * part that is also a word ("Berg", "Mark") not at the start of a sentence, and never inside a
     * hyphenated word ("Berg-och-dalbana").
     */
    private void person(List<Span> found, String text, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        literal(found, text, name.strip(), RemovalKind.PERSON_NAME, 2);
        for (String part : name.strip().split("\\s+")) {
            if (part.length() >= 3 && Character.isUpperCase(part.charAt(0))) {
                boolean word = lexicon.isWord(part) || everydayWords.contains(part);
                Matcher m = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(part) + "s?(?![\\p{L}\\d-])").matcher(text);
                while (m.find()) {
                    if (!word || !sentenceStart(text, m.start())) {
                        found.add(new Span(m.start(), m.end(), RemovalKind.PERSON_NAME, 2));
                    }
                }
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
                if (!GENERIC_SCHOOLS.contains(first) && !GENERIC_SCHOOLS.contains(m.group().toLowerCase(Locale.ROOT))
                        && !genericSchool(first) && !genericSchool(m.group().toLowerCase(Locale.ROOT).replace(" ", ""))) {
                    found.add(new Span(m.start(), m.end(), RemovalKind.SCHOOL, 1));
                }
            }
        }
    }

    /**
     * Proper names that no list holds. Every word is looked up in the Swedish lexicon; a word is a
     * name when
     * <ul>
     *   <li>it is capitalised inside a sentence (Swedish capitalises nothing else there), unless it is
     *       an acronym, a public name (Skolverket, Sverige, SS 12000) or a generic school word;</li>
     *   <li>it opens a sentence and its lower-case form is no Swedish word ("Zubair tyckte", "Vklass
     *       fungerade"), or it is a word that is also a name ("Björn", "Berg") and a verb of saying or
     *       doing or another name follows it;</li>
     *   <li>it is written in lower case but is no word: a known first name or proper noun ("anna",
     *       "lars-erik johansson"), a surname by its ending ("-qvist", "-ović", "-sson"), or any unknown
     *       word where names stand — after a title (rektor, upphandlaren, it-strategen), after med, av,
     *       enligt, hos …, before a verb of saying, or in quotes.</li>
     * </ul>
     * Adjacent name words become one name, double-barrelled names stay whole, particles (von, af, de
     * …), initials and a legal form ("AB") or "kommun" after the name are taken with it.
     */
    private void names(List<Span> found, String text, List<Span> already) {
        List<Token> tokens = tokenize(text, already);
        int n = tokens.size();
        boolean[] name = new boolean[n];
        for (int i = 0; i < n; i++) {
            name[i] = nameWord(tokens, i, text);
        }
        // a word that is also a name, opening the sentence, before a name or a verb of saying: "Björn tyckte", "Per Ahlström"
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (name[i] || t.skip || !t.capitalised || !t.initial || t.publicName || t.acronym || SENTENCE_OPENERS.contains(t.lower)) {
                continue;
            }
            Token next = i + 1 < n ? tokens.get(i + 1) : null;
            boolean adjacentName = next != null && name[i + 1] && next.capitalised && spaceBetween(text, t.end, next.start);
            if (adjacentName || t.proper && next != null && STRICT_SAYING_VERBS.contains(next.lower) && spaceBetween(text, t.end, next.start)) {
                name[i] = true;
            }
        }
        // a lower-case word that is also a first name, before a word that could be a surname: "ebba rask", "sixten ljung"
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (!name[i] && !t.skip && !t.capitalised && (t.proper || t.firstName) && !t.everyday && !lexicon.isCommon(t.lower)
                    && !next.capitalised
                    && spaceBetween(text, t.end, next.start) && couldBeSurname(next) && !next.skip
                    && (!next.word || next.proper || surnameLike(next.lower) || !lexicon.isCommon(next.lower))) {
                name[i] = true;
            }
        }
        // unknown lower-case words beside a name are part of it: "anna nyamweya", "lars-erik ström"
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                if (name[i] || t.skip || t.capitalised || !(i > 0 && name[i - 1] && !tokens.get(i - 1).capitalised
                        && spaceBetween(text, tokens.get(i - 1).end, t.start))) {
                    continue;
                }
                Token previous = tokens.get(i - 1);
                boolean afterFirstName = (previous.firstName || previous.proper && previous.lower.indexOf('-') > 0
                        || doubleBarrelled(previous.lower)) && !(i > 1 && name[i - 2]);
                if (!t.word || t.proper && couldBeSurname(t) || surnameLike(t.lower) && !SAYING_VERBS.contains(t.lower)
                        || afterFirstName && couldBeSurname(t) && !lexicon.isCommon(t.lower)) {
                    name[i] = true;
                }
            }
            // and an unknown lower-case word before one: "ronja brandt", "maj-britt blomqvist"
            for (int i = n - 2; i >= 0; i--) {
                Token t = tokens.get(i);
                Token next = tokens.get(i + 1);
                if (!name[i] && !t.skip && !t.capitalised && !t.word && name[i + 1] && !next.capitalised
                        && spaceBetween(text, t.end, next.start)) {
                    name[i] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!name[i]) {
                continue;
            }
            int first = i;
            int last = i;
            while (last + 1 < n) {
                Token next = tokens.get(last + 1);
                Token current = tokens.get(last);
                if (!spaceBetween(text, current.end, next.start) && !initialBetween(text, current.end, next.start)) {
                    break;
                }
                if (name[last + 1]) {
                    last++;
                } else if (PARTICLES.contains(next.lower) && particlesBeforeName(tokens, last + 1, name, text) > 0) {
                    last = particlesBeforeName(tokens, last + 1, name, text);
                } else {
                    break;
                }
            }
            // particles before the name: "van der Linde", "af Ugglas" (not "de", "den", "la" alone: Swedish words)
            while (first >= 1 && tokens.get(first - 1).capitalised == false && PARTICLES.contains(tokens.get(first - 1).lower)
                    && spaceBetween(text, tokens.get(first - 1).end, tokens.get(first).start)
                    && (first >= 2 && PARTICLES.contains(tokens.get(first - 2).lower)
                        || Set.of("von", "van", "af", "al", "el", "bin", "ibn", "ben", "abu", "der", "zu").contains(tokens.get(first - 1).lower))) {
                first--;
            }
            int start = tokens.get(first).start;
            int end = tokens.get(last).end;
            // initials before or after: "A. Lindholm", "Sara K."
            Matcher before = Pattern.compile("(?:\\p{Lu}\\. ?)+$").matcher(text.substring(0, start));
            if (before.find() && (before.start() == 0 || !Character.isLetter(text.charAt(before.start() - 1)))) {
                start = before.start();
            }
            Matcher after = Pattern.compile("^ \\p{Lu}\\.(?!\\p{L})").matcher(text.substring(end));
            if (after.find() && !sentenceEndsAfter(text, end + after.end())) {
                end += after.end() - 1;
            }
            RemovalKind kind = kindOf(tokens, first, last, text);
            Token following = last + 1 < n ? tokens.get(last + 1) : null;
            if (following != null && spaceBetween(text, tokens.get(last).end, following.start)) {
                if (LEGAL_FORMS.contains(following.text)) {
                    end = following.end;
                    kind = RemovalKind.ORGANISATION;
                } else if (MUNICIPAL_WORDS.contains(following.text)) {
                    end = following.end;
                    kind = RemovalKind.MUNICIPALITY;
                }
            }
            String prefix = previousWord(text, start);
            if (prefix != null && (prefix.equals("Region") || prefix.equals("region"))) {
                start = text.lastIndexOf(prefix, start);
                kind = RemovalKind.MUNICIPALITY;
            }
            found.add(new Span(start, end, kind, 0));
            i = last;
        }
    }

    /** The index of the name after particles starting at {@code from}, or -1. */
    private static int particlesBeforeName(List<Token> tokens, int from, boolean[] name, String text) {
        int j = from;
        while (j < tokens.size() && PARTICLES.contains(tokens.get(j).lower) && j + 1 < tokens.size()
                && spaceBetween(text, tokens.get(j).end, tokens.get(j + 1).start)) {
            j++;
        }
        return j > from && j < tokens.size() && name[j] && tokens.get(j).capitalised ? j : -1;
    }

    /** Whether a single word is a name on its own (see {@link #names}). */
    private boolean nameWord(List<Token> tokens, int i, String text) {
        Token t = tokens.get(i);
        if (t.skip || t.lower.length() < 2 && !t.capitalised) {
            return false;
        }
        if (t.capitalised) {
            if (t.acronym || t.publicName || genericSchool(t.lower)) {
                return false;
            }
            if (t.text.indexOf('-') > 0 && !Character.isUpperCase(t.text.codePointAt(t.text.lastIndexOf('-') + 1))) {
                return !t.word; // "IT-avdelningen", "Berg-och-dalbana": a word with a capital; "Google-kontot" is not
            }
            if (!t.initial) {
                return !t.text.equals("I") && !t.text.equals("Å");
            }
            if (t.everyday) {
                return false; // "Max två klick", "Per elev"
            }
            if (!t.word) {
                return true;
            }
            return t.firstName;
        }
        if (t.lower.indexOf('-') > 0 && doubleBarrelled(t.lower)) {
            return true; // "anna-lena", "britt-marie"
        }
        if (t.word) {
            // a word after a title is a surname ("rektor lind"), unless it is a verb the ending rules miss ("en
            // specialpedagog gav") or a passive agent follows ("lärare ledd av")
            return afterTitle(tokens, i, text) && couldBeSurname(t) && !IRREGULAR_VERBS.contains(t.lower)
                    && !(i + 1 < tokens.size() && "av".equals(tokens.get(i + 1).lower));
        }
        if (t.proper || t.firstName) {
            return !t.publicName;
        }
        if (surnameLike(t.lower) || t.lower.indexOf('-') > 0 && hyphenatedName(t.lower)) {
            return true;
        }
        return namePosition(tokens, i, text);
    }

    private boolean hyphenatedName(String lower) {
        for (String part : lower.split("-")) {
            if (lexicon.isProperNoun(part) || firstNames.contains(capitalise(part))) {
                return true;
            }
        }
        return false;
    }

    /** Every part of a hyphenated word is a name: "anna-lena", "maj-britt", not "berg-och-dalbana". */
    private boolean doubleBarrelled(String lower) {
        for (String part : lower.split("-")) {
            String name = capitalise(part);
            if (!lexicon.isProperNoun(part) && !firstNames.contains(name) && !everydayWords.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word that may be a surname after a title or a first name: no function word, no verb form. */
    private static boolean couldBeSurname(Token t) {
        return t.lower.length() > 2 && !FUNCTION_WORDS.contains(t.lower) && !SENTENCE_OPENERS.contains(t.lower)
                && !VERB_ENDING.matcher(t.lower).matches() && !SAYING_VERBS.contains(t.lower)
                && !STRICT_SAYING_VERBS.contains(t.lower) && !NAME_PRECEDERS.contains(t.lower);
    }

    /** A lower-case word right after a title is a surname when it is no common word and no verb: "rektor lind". */
    private static boolean afterTitle(List<Token> tokens, int i, String text) {
        Token t = tokens.get(i);
        if (i == 0 || !spaceBetween(text, tokens.get(i - 1).end, t.start)) {
            return false;
        }
        String previous = tokens.get(i - 1).lower;
        boolean plural = previous.endsWith("na"); // "lärarna säkrare": a group is followed by what it did, not by a name
        return !plural && (TITLES.contains(previous) && !NAME_PRECEDERS.contains(previous)
                || previous.length() > 5 && TITLE_ENDING.matcher(previous).matches());
    }

    /** Where names stand: after a title or med, av, enligt …; before a verb of saying; in quotes. */
    private boolean namePosition(List<Token> tokens, int i, String text) {
        Token t = tokens.get(i);
        Token previous = i > 0 && spaceBetween(text, tokens.get(i - 1).end, t.start) ? tokens.get(i - 1) : null;
        if (previous != null && (TITLES.contains(previous.lower) || NAME_PRECEDERS.contains(previous.lower)
                || previous.lower.length() > 5 && TITLE_ENDING.matcher(previous.lower).matches())) {
            return true;
        }
        Token next = i + 1 < tokens.size() && spaceBetween(text, t.end, tokens.get(i + 1).start) ? tokens.get(i + 1) : null;
        if (next != null && SAYING_VERBS.contains(next.lower) && !next.lower.equals("och") && !next.lower.equals("i")
                && !next.lower.equals("på")) {
            return true;
        }
        return t.start > 0 && "\"”“'‘’«»".indexOf(text.charAt(t.start - 1)) >= 0;
    }

    private RemovalKind kindOf(List<Token> tokens, int first, int last, String text) {
        boolean person = false;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            person |= t.firstName || surnames.contains(capitalise(t.lower)) || !t.capitalised || surnameLike(t.lower) && !t.word
                    || t.text.indexOf('-') > 0 && Character.isUpperCase(t.text.codePointAt(t.text.lastIndexOf('-') + 1));
        }
        String before = previousWord(text, tokens.get(first).start);
        if (before != null && (TITLES.contains(before.toLowerCase(Locale.ROOT))
                || TITLE_ENDING.matcher(before.toLowerCase(Locale.ROOT)).matches())) {
            person = true;
        }
        Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        if (next != null && STRICT_SAYING_VERBS.contains(next.lower)) {
            person = true;
        }
        return person ? RemovalKind.PERSON_NAME : RemovalKind.NAME;
    }

    private static boolean surnameLike(String lower) {
        return lower.length() >= 5 && SURNAME_ENDING.matcher(lower).matches();
    }

    private static boolean genericSchool(String lower) {
        if (GENERIC_SCHOOLS.contains(lower)) {
            return true;
        }
        Matcher m = GENERIC_SCHOOL_WORD.matcher(lower);
        return m.matches();
    }

    private List<Token> tokenize(String text, List<Span> already) {
        List<int[]> protectedSpans = new ArrayList<>();
        for (String phrase : publicPhrases) {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                protectedSpans.add(new int[]{at, at + phrase.length()});
            }
        }
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String surface = m.group();
            boolean skip = protectedSpans.stream().anyMatch(p -> p[0] <= start && end <= p[1])
                    || already.stream().anyMatch(s -> s.priority >= 3 && s.start <= start && end <= s.end)
                    || start > 0 && (text.charAt(start - 1) == '@' || Character.isDigit(text.charAt(start - 1)))
                    || end < text.length() && Character.isDigit(text.charAt(end))
                    // an abbreviation run together with the next: "Org.nr", "Tel.nr"
                    || end - start <= 4 && end + 1 < text.length() && text.charAt(end) == '.'
                        && Character.isLowerCase(text.charAt(end + 1));
            tokens.add(token(surface, start, end, sentenceStart(text, start), skip));
        }
        return tokens;
    }

    private Token token(String surface, int start, int end, boolean initial, boolean skip) {
        String lower = surface.toLowerCase(Locale.ROOT);
        boolean capitalised = Character.isUpperCase(surface.codePointAt(0));
        boolean acronym = surface.length() >= 2 && surface.length() <= 6 && surface.equals(surface.toUpperCase(Locale.ROOT))
                && surface.indexOf('-') < 0;
        String stem = lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
        boolean publicName = publicNames.contains(surface) || publicNames.contains(capitalise(stem))
                || publicNames.contains(capitalise(lower));
        boolean firstName = firstNames.contains(capitalise(lower)) || firstNames.contains(capitalise(stem))
                || lower.indexOf('-') > 0 && firstNames.contains(capitalise(lower.substring(0, lower.indexOf('-'))));
        boolean word = lexicon.isWord(lower) || publicName;
        boolean proper = lexicon.isProperNoun(surface) || firstName || surnames.contains(capitalise(lower))
                || surnames.contains(capitalise(stem));
        boolean everyday = everydayWords.contains(capitalise(lower));
        return new Token(surface, lower, start, end, capitalised, acronym, initial, word, proper, firstName, everyday, publicName, skip);
    }

    private static String capitalise(String lower) {
        if (lower.isEmpty()) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower.length());
        boolean up = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(up ? Character.toUpperCase(c) : c);
            up = c == '-';
        }
        return out.toString();
    }

    private static boolean spaceBetween(String text, int from, int to) {
        return to - from == 1 && text.charAt(from) == ' ';
    }

    private static boolean initialBetween(String text, int from, int to) {
        return text.substring(from, to).matches(" (?:\\p{Lu}\\. ?)+");
    }

    private static boolean sentenceEndsAfter(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i >= text.length() || Character.isUpperCase(text.charAt(i));
    }

    /** A vendor's first word when people say it alone ("Edulab"): five letters or more, capitalised, not the whole name. */
    private static java.util.Optional<String> shortForm(String name) {
        if (name == null || name.isBlank()) {
            return java.util.Optional.empty();
        }
        String base = name.strip().replaceFirst("(?i)\\s+(ab|aktiebolag|hb|kb|ek\\.? för\\.?|kommun|stad)$", "").strip();
        String first = base.split("\\s+")[0];
        boolean distinctive = first.length() >= 4 && Character.isUpperCase(first.codePointAt(0)) && !first.equals(base);
        return distinctive ? java.util.Optional.of(first) : java.util.Optional.empty();
    }

    /** A short name that is no Swedish word counts in any case; one that is ("Bildningsbyrån") only capitalised. */
    private void shortName(List<Span> found, String text, String shortName) {
        boolean ordinary = lexicon.isWord(shortName);
        Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(shortName) + "s?(?![\\p{L}\\d])",
                ordinary ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            found.add(new Span(m.start(), m.end(), RemovalKind.ORGANISATION, 2));
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
        if (i < 0 || text.charAt(start - 1) == '\n') {
            return true;
        }
        while (i >= 0 && "\"”“'‘’«»(".indexOf(text.charAt(i)) >= 0) {
            i--; // an opening quote or bracket: look at what stands before it
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '.') {
            int begin = i;
            while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
                begin--;
            }
            String abbreviation = text.substring(begin, i).toLowerCase(Locale.ROOT);
            boolean initial = abbreviation.length() == 1 && Character.isLetter(abbreviation.charAt(0))
                    && !(begin >= 2 && Character.isDigit(text.charAt(begin - 2))); // "5 A." ends an address and the sentence
            return !ABBREVIATIONS.contains(abbreviation) && !initial;
        }
        return ".!?:;•–-\"”(\n".indexOf(c) >= 0 || start > 0 && "\"”“'‘’«»".indexOf(text.charAt(start - 1)) >= 0;
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

    private record Token(String text, String lower, int start, int end, boolean capitalised, boolean acronym, boolean initial,
                         boolean word, boolean proper, boolean firstName, boolean everyday, boolean publicName, boolean skip) {
    }

    private record MunicipalityPattern(String name, boolean ambiguous, Pattern pattern) {
    }
}
