package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a capitalised {@code The} MT put between a modifier and its noun: {@code former The
 * British Ambassador} becomes {@code former British Ambassador}, {@code the club's The manager}
 * becomes {@code the club's manager}. The modifier is an adjective that is not also a past tense
 * ({@code called The Crown} introduces a name) or a preposition ({@code by The Beatles}); a
 * participle the dictionary also lists as an adjective, after an adverb inside a noun phrase
 * ({@code the city's newly elected The Mayor}); a determiner or possessive pronoun; or the
 * possessive of a common noun or a country; or a lower-case {@code the} before a lower-case word
 * or an office or body ({@code said the The railway}, {@code with the The University of
 * Science}). After a possessive, one capitalised word may be a title ({@code the playwright's The
 * Ferryman}), so it takes a lower-case word or a phrase of two or more capitalised common words
 * ({@code Russia's The Defence Ministry}). Other names' possessives stay:
 * {@code Tolkien's The Hobbit} is a title.
 */
final class StrayArticleFixer extends ProseRule {
  static final String RULE = "boundaries/stray-article";
  /** Classes that make a determiner-like word something else too: {@code that}, {@code her}, {@code both}. */
  private static final Set<String> NOT_ONLY_DETERMINER = Set.of("WDT", "WP", "PRP", "CC");
  /** Classes of common nouns and adjectives. */
  private static final Set<String> COMMON = Set.of("NN", "NNS", "JJ");

  /** Kinds of paper, show and work that follow a title's name ({@code The Scotsman column}, {@code The Hindu newspaper}). */
  private static final Set<String> WORKS = Set.of("newspaper", "paper", "daily", "weekly", "magazine", "journal", "column",
      "columnist", "website", "site", "blog", "podcast", "show", "programme", "program", "series", "film", "album", "song",
      "book", "novel", "musical", "play", "reporter", "correspondent", "editor", "report", "story", "article", "interview");
  /** The marks after a word ({@code government,}). */
  private static final Pattern TRAILING_MARKS = Pattern.compile("\\p{P}+$");
  /** Lower-case words that make a place's name before them the seat of an office ({@code Ulsan city official}). */
  private static final Set<String> LOCAL_GOVERNMENT = Set.of("city", "county", "municipal", "provincial", "district", "regional", "state");
  /** Head nouns of offices and bodies ({@code ministry}, {@code minister}), lower case. */
  private final Set<String> institutions;

  StrayArticleFixer(Set<String> institutions) {
    super(RULE, "(?<![\\p{L}\\p{N}'\u2019.\\-/@&])(\\p{L}+?)(['\u2019]s|s['\u2019])?\\h+(The\\h+)(?=(\\p{L}))");
    this.institutions = Set.copyOf(institutions);
  }

  @Override
  Replacement repair(Matcher m, Document doc) {
    String text = doc.text();
    boolean capitalAfter = Character.isUpperCase(m.group(4).charAt(0));
    boolean modifier = m.group(2) != null
        ? isPossessor(m.group(1)) && (!capitalAfter || namesInstitution(text, m.end(3)))
        : isModifier(m.group(1), capitalAfter) && !endsCompoundNoun(text, m.start(1), m.group(1))
            && takesStrayThe(m.group(1), text, m.end(3))
            || capitalAfter && isParticipleInNounPhrase(text, m.start(1), m.group(1))
            || isAdjectiveAfterIndefinite(text, m.start(1), m.group(1))
                && (!capitalAfter || namesPeople(wordAt(text, m.end(3))) || namesInstitution(text, m.end(3)))
            || !capitalAfter && isAdjectiveAfterDefinite(text, m.start(1), m.group(1), m.end(3))
            || !capitalAfter && opensSentenceAsAdjective(text, m.start(1), m.group(1))
            || !capitalAfter && isAdjectiveAfterPreposition(text, m.start(1), m.group(1))
            || !capitalAfter && modifiesInApposition(text, m.start(1), m.group(1));
    return modifier ? replace(m, 3, "") : null;
  }

  /**
   * Whether the words from {@code from} after {@code modifier} The are a phrase MT gave a stray
   * The: after a determiner any but a plural after {@code a}; after an adjective, a people's
   * adjective, an office, or a name that is no common word before a noun, but not before the kind
   * of paper or work a title names ({@code the popular The Hindu newspaper}).
   */
  private boolean takesStrayThe(String modifier, String text, int from) {
    String next = wordAt(text, from);
    if (modifier.equals("the") && Character.isUpperCase(next.charAt(0))) {
      return namesInstitution(text, from); // with the The University of Science; not the The Who
    }
    if (isDeterminer(EnglishWords.tags(modifier.toLowerCase(Locale.ROOT)))) {
      return !(modifier.equalsIgnoreCase("a") && isPluralOnly(next));
    }
    return (namesPeople(next) || namesPlaceOfNoun(text, from, next)) && !beforeWork(text, from + next.length())
        || namesInstitution(text, from);
  }

  /** Whether the word after {@code end} names a paper or a work, as a title's name does before it ({@code The Scotsman column}, {@code The Hindu newspaper}). */
  private static boolean beforeWork(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == ' ' && WORKS.contains(wordAt(text, end + 1));
  }

  /**
   * Whether {@code word}, at {@code from}, is a name that is no common word, modifying the
   * lower-case noun after it ({@code the local The Istanbul fisheries cooperative}, {@code Cairo's
   * historic The Azbakeya market}): a title would be a common word ({@code a thunderous The
   * Ferryman returns}) or go on in capitals.
   */
  private static boolean namesPlaceOfNoun(String text, int from, String word) {
    int end = from + word.length();
    if (word.length() < 2 || !EnglishWords.tags(word.toLowerCase(Locale.ROOT)).isEmpty()
        || end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
      return false;
    }
    return EnglishWords.hasTagStarting(wordAt(text, end + 1), "NN");
  }

  /**
   * After an adjective, a stray The comes before a people's adjective ({@code former The Egyptian
   * ambassador}) or an office; before any other capitalised word it starts a title ({@code a
   * thunderous The Ferryman}). A people's adjective is known capitalised only.
   */
  private static boolean namesPeople(String word) {
    return !word.isEmpty() && EnglishWords.tags(word).contains("JJ") && EnglishWords.tags(word.toLowerCase(Locale.ROOT)).isEmpty();
  }

  /** {@code a} before a plural is no article: {@code A The contents of Table 1} is a label and a sentence. */
  private static boolean isPluralOnly(String word) {
    var tags = EnglishWords.tags(word.toLowerCase(Locale.ROOT));
    return tags.contains("NNS") && !tags.contains("NN");
  }

  private static String wordAt(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** A common noun ({@code club's}) or a country ({@code Russia's}); not another name. */
  private static boolean isPossessor(String word) {
    return Character.isLowerCase(word.charAt(0)) || LocaleNames.isCountry(word);
  }

  /**
   * An adjective counts only before a capitalised word ({@code former The British Ambassador}):
   * before a lower-case one, {@code 26 million The country} is a sentence end that lost its period.
   */
  private static boolean isModifier(String word, boolean capitalAfter) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("the")) {
      return word.equals("the"); // said the The railway; the band is The The
    }
    var tags = EnglishWords.tags(lower);
    if (isDeterminer(tags)) {
      return tags.stream().noneMatch(NOT_ONLY_DETERMINER::contains);
    }
    return capitalAfter && Character.isLowerCase(word.charAt(0)) && tags.contains("JJ")
        && !tags.contains("VBD") && !tags.contains("IN") && !tags.contains("RP");
  }

  /**
   * An adjective after a preposition ({@code noise on warm The summer evenings}): its noun must
   * follow, so the The before a lower-case word is stray. Not a word that may be a noun or an
   * adverb, which may end the clause ({@code met in private The}, {@code stayed for long The}).
   */
  private static boolean isAdjectiveAfterPreposition(String text, int start, String word) {
    Set<String> tags = EnglishWords.tags(word);
    if (!isLowerWord(word) || !tags.contains("JJ") || tags.stream().anyMatch(t -> t.startsWith("NN") || t.startsWith("RB"))) {
      return false;
    }
    Token before = tokenBefore(text, start);
    return before != null && isLowerWord(before.text()) && EnglishWords.hasTag(before.text(), "IN")
        && !EnglishWords.hasTagStarting(before.text(), "VB");
  }

  /**
   * A noun or adjective after the article of an apposition to a name, in a sentence with no verb
   * yet ({@code Ade Kurniawan, the acting The regent of Garut, declared}; {@code Dr. Paul Okonjo, a
   * soil The microbiologist at}): the period that would end the sentence there would leave it
   * without one, so the The before a lower-case word is stray.
   */
  private static boolean modifiesInApposition(String text, int start, String word) {
    Token article = tokenBefore(text, start);
    Token name = article == null ? null : tokenBefore(text, article.start());
    return isLowerWord(word) && EnglishWords.tags(word).stream().anyMatch(COMMON::contains)
        && name != null && MissingPeriodFixer.ARTICLES.contains(article.text()) && name.text().endsWith(",") && Character.isUpperCase(name.text().charAt(0))
        && !hasFiniteReadingBefore(text, article.start());
  }

  /**
   * A word that is only an adjective opening a sentence ({@code Longtime The member Ed Kowalchuk}):
   * its noun must follow, so the The before a lower-case word is stray.
   */
  private static boolean opensSentenceAsAdjective(String text, int start, String word) {
    Set<String> tags = EnglishWords.tags(word.toLowerCase(Locale.ROOT));
    if (!Character.isUpperCase(word.charAt(0)) || !tags.equals(Set.of("JJ"))) {
      return false;
    }
    Token before = tokenBefore(text, start);
    return before == null || endsSentence(before.text());
  }

  /**
   * An adjective or a participle after {@code a}, {@code an} or a possessive determiner ({@code a
   * young The graphic designer}, {@code a retired The civil engineer}, {@code its former The
   * president}), or after the {@code The} that opens a
   * sentence ({@code The former The fisheries undersecretary}): a noun must follow it, so no sentence ends
   * there, and the The is stray before a lower-case word too; before a capital, only before a
   * people's adjective or an office ({@code a retired The Thai navy engineer}), as a title may
   * follow ({@code a former The Apprentice contestant}).
   */
  private static boolean isAdjectiveAfterIndefinite(String text, int start, String word) {
    Token before = tokenBefore(text, start);
    if (before == null || !Character.isLowerCase(word.charAt(0))) {
      return false;
    }
    return (before.text().equalsIgnoreCase("a") || before.text().equalsIgnoreCase("an")
            || before.text().equals("The") && opensSentence(text, before))
        && (EnglishWords.hasTagStarting(word, "JJ") || EnglishWords.hasTag(word, "VBN"))
        || MissingPeriodFixer.isAdjectiveAfterPossessive(before.text(), word);
  }

  /**
   * An adjective proper after {@code the}, before a stray The and a lower-case noun phrase ({@code
   * the federal The government}, {@code the hot The clouds that}): one that makes an adverb in -ly,
   * which a noun the dictionary also calls an adjective does not ({@code the pandemic The total
   * cost}), or a people's adjective ({@code the Dutch The rider who}). Some adjectives stand for
   * people ({@code for the poor The government said}, {@code a gift from the Dutch The museum
   * said}): there the The opens a sentence, as a finite verb after its noun phrase shows.
   */
  private static boolean isAdjectiveAfterDefinite(String text, int start, String word, int from) {
    Token before = tokenBefore(text, start);
    boolean adjective = isLowerWord(word) && EnglishWords.hasTagStarting(word, "JJ")
        && (EnglishWords.hasLyAdverb(word) || EnglishWords.hasTag(word, "JJR") || EnglishWords.hasTag(word, "JJS")); // the older The ferries
    if (before == null || !before.text().equals("the") || !adjective && !namesPeople(word)) {
      return false;
    }
    for (Token t = tokenAfter(text, from); t != null && isLowerWord(t.text()); ) { // a word of the phrase, no mark after it
      Token next = tokenAfter(text, t.end());
      String bare = next == null ? "" : TRAILING_MARKS.matcher(next.text()).replaceFirst("");
      if (!isLowerWord(bare)) {
        return true;
      }
      if (PluralSubject.isFinite(bare)) {
        return false;
      }
      if (!bare.equals(next.text()) || !EnglishWords.hasTagStarting(bare, "NN") && !EnglishWords.hasTagStarting(bare, "JJ")) {
        return true;
      }
      t = next;
    }
    return true;
  }

  /** Whether {@code t} is its sentence's first word: {@code The former} alone is no sentence, as {@code he chose the former} is. */
  private static boolean opensSentence(String text, Token t) {
    Token previous = tokenBefore(text, t.start());
    int lineStart = text.lastIndexOf('\n', t.start() - 1) + 1;
    return previous == null || previous.start() < lineStart || previous.text().matches(".*[.!?][\"'\u201D\u2019]*");
  }

  /**
   * Whether an adjective after a common noun is the head of a compound noun ({@code research firm
   * The Yankee Group}): the The after it starts a name in apposition, not a stray one.
   */
  private static boolean endsCompoundNoun(String text, int start, String word) {
    Token before = tokenBefore(text, start);
    return !isDeterminer(EnglishWords.tags(word.toLowerCase(Locale.ROOT)))
        && before != null && isLowerWord(before.text()) && isCommonNoun(EnglishWords.tags(before.text()));
  }

  private static boolean isDeterminer(Set<String> tags) {
    return tags.contains("DT") || tags.contains("PRP$");
  }

  /** A noun that is not also a determiner or preposition ({@code research}; not {@code his}, whose tags hold NNS). */
  private static boolean isCommonNoun(Set<String> tags) {
    return (tags.contains("NN") || tags.contains("NNS")) && !isDeterminer(tags) && !tags.contains("IN");
  }

  /**
   * {@code the city's newly elected}: a participle with an adjective reading, after an adverb after a
   * determiner or possessive. After a noun or verb ({@code a band originally called}, {@code is now
   * called}) it introduces a name.
   */
  private static boolean isParticipleInNounPhrase(String text, int start, String word) {
    var tags = EnglishWords.tags(word);
    Token adverb = tokenBefore(text, start);
    if (!isLowerWord(word) || !tags.contains("VBN") || !tags.contains("JJ")
        || adverb == null || !isLowerWord(adverb.text()) || !EnglishWords.hasTag(adverb.text(), "RB")) {
      return false;
    }
    Token determiner = tokenBefore(text, adverb.start());
    if (determiner == null) {
      return false;
    }
    String d = determiner.text().toLowerCase(Locale.ROOT);
    return d.endsWith("'s") || d.endsWith("\u2019s") || EnglishWords.hasTag(d, "DT") || EnglishWords.hasTag(d, "PRP$");
  }

  /**
   * Whether the capitalised words from {@code from} are common nouns or adjectives ending in the
   * head of an office or body ({@code Foreign Ministry}, {@code Prime Minister}, {@code Central
   * Bank}), maybe followed by a lower-case head ({@code Labour councillor}): a phrase MT gave a stray The. Any other capitalised phrase after a possessive is a title
   * with its own The ({@code India's The Economic Times}, {@code the playwright's The Ferryman}),
   * and so is one with a word that also names a people ({@code Irish Times}); but a place's name
   * before {@code city}, {@code county} and the like names its government ({@code a former The
   * Brno city architect}). A singular name
   * reading says little: the tagger gives one to {@code Bank} and {@code March}.
   */
  private boolean namesInstitution(String text, int from) {
    String last = null;
    for (Token t = tokenAfter(text, from); t != null; t = tokenAfter(text, t.end())) {
      String word = t.text();
      String bare = word.replaceFirst("[,.;:]$", "");
      if (bare.length() < 2 || !Character.isUpperCase(bare.charAt(0)) || !isLowerWord(bare.substring(1))) {
        // the head may follow in lower case: the Labour councillor, a Treasury official
        return last != null && (institutions.contains(last.toLowerCase(Locale.ROOT)) || institutions.contains(bare));
      }
      Set<String> tags = EnglishWords.tags(bare);
      if (tags.contains("NNPS") || tags.stream().noneMatch(COMMON::contains)) {
        // a place before its council's office: a former The Brno city architect
        Token next = last == null && bare.equals(word) ? tokenAfter(text, t.end()) : null;
        return next != null && LOCAL_GOVERNMENT.contains(next.text());
      }
      last = bare;
      if (!bare.equals(word)) {
        break;
      }
    }
    return last != null && institutions.contains(last.toLowerCase(Locale.ROOT));
  }
}
