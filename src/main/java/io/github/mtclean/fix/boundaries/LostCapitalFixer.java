package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.fix.LowerCaseNames;
import io.github.mtclean.text.Document;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Capitalises the first word of a sentence whose capital MT lost: {@code for years. she has won}
 * becomes {@code for years. She has won}. The words after the period must read as a sentence of
 * their own, with a verb: a subject pronoun, a determiner, or a noun and then a finite verb
 * ({@code later. penalty laps were}); and the words before the period must close a clause with a
 * verb. So does a connective or an attribution fronted with its comma before a clause ({@code
 * years. however, the firm said}, {@code years. according to the company, it loses}). What reads
 * as the rest of the sentence before ({@code Ukraine. make the likelihood},
 * {@code products. types of missiles}) is left to {@code boundaries/stray-period}, which runs after
 * this rule and deletes such a period.
 */
final class LostCapitalFixer extends ProseRule {
  /** A title after a naming verb may hold this many words before a period ({@code titled simply still. life.}). */
  private static final int TITLE_WORDS = 2;
  static final String RULE = "boundaries/lost-capital";

  /** A letters-only word, the period, one space (two are a writer's choice), a lower-case word, and the words up to the sentence's end. */
  private static final String CANDIDATE = "(\\p{L}{2,})\\.\\u0020(\\p{Ll}[\\p{Ll}'’-]*)(?![\\p{L}\\p{N}])([^.!?\\n]*)";
  private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "we", "they", "you", "there");
  /** Subjects after a fronted adverb (geography. mainly we lack the skill). */
  private static final Set<String> SECOND_SUBJECTS = Set.of("he", "she", "we", "they", "i");
  /** Words that join a clause with its subject to the noun before: advances. that they repay is one sentence. */
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom");
  /**
   * Conjunctions that open a clause of another's: after a period, the sentence before, cut ({@code
   * woke up. when he heard a roar}, {@code its website. if they have doubts, and that}), or, with a
   * comma and a clause, a sentence that may have been moved ({@code continue. until Wednesday, forecasters said}).
   */
  private static final Set<String> SUBORDINATORS = Set.of("when", "if", "because", "while", "although", "though",
      "unless", "until", "whereas", "whenever", "wherever");
  /** Determiners after which the sentence is surely a new one; not {@code a}, which MT strands (trees. a year). */
  private static final Set<String> DETERMINERS = Set.of("the", "this", "these", "those", "either", "neither", "each", "every");
  /** Connectives that, with their comma, open a sentence (not continue one): years. however, the firm said. */
  private static final Set<String> CONNECTIVES = Set.of("however", "meanwhile", "moreover", "furthermore",
      "nevertheless", "nonetheless", "therefore", "additionally", "consequently", "likewise", "similarly");
  /** A fronted attribution's comma comes within this many words: according to the regional health department, it. */
  private static final int FRONTED_REACH = 8;
  private static final Set<String> ONLY_LINKING = Set.of("IN", "CC", "TO", "DT", "PDT", "PRP$");
  /** The classes of a word that can only be a noun, an adjective or a verb: not {@code by}, {@code both}. */
  private static final Set<String> NOUN_OR_VERB = Set.of("NN", "NNS", "JJ", "VB", "VBP", "VBZ", "VBD", "VBN", "VBG");
  private static final Set<String> FINITE_VERBS = Set.of("VBZ", "VBD", "VBP", "MD");
  /** A noun's verb comes within this many words (penalty laps in prone shooting were). */
  private static final int VERB_REACH = 6;
  /** Words on the line before the period: fewer, and it may be a list marker or a label's abbreviation (ii. the right). */
  private static final int MIN_WORDS_BEFORE = 3;
  /** A capitalised word this short before the period may be an abbreviation (Calif. the, Sept. each). */
  private static final int MAX_ABBREVIATION = 5;
  /** Past this share of lower-case sentence starts, with three or more, lower case is the writer's convention. */
  private static final int MAX_SHARE_PERCENT = 50;

  private final Set<String> abbreviations;
  private final Set<String> particles;

  /** {@code abbreviations}: lower-case words a period may follow mid-sentence; {@code particles}: those that start names (de Gaulle). */
  LostCapitalFixer(Set<String> abbreviations, Set<String> particles) {
    super(RULE, CANDIDATE);
    this.abbreviations = Set.copyOf(abbreviations);
    this.particles = Set.copyOf(particles);
  }

  /**
   * The starts of the lower-case words after a period and one space, unless lower case is the
   * text's convention or the word's spelling ({@link LowerCaseNames}).
   */
  @Override
  int[] anchors(Document doc) {
    String text = doc.text();
    int[] anchors = new int[8];
    int lower = 0;
    int all = 0;
    for (int at = text.indexOf(". "); at >= 0 && at + 2 < text.length(); at = text.indexOf(". ", at + 2)) {
      int next = text.codePointAt(at + 2);
      if (Character.isLetter(next)) {
        all++;
        if (Character.isLowerCase(next) && !LowerCaseNames.contains(doc, wordAt(text, at + 2))) {
          if (lower == anchors.length) {
            anchors = Arrays.copyOf(anchors, 2 * lower);
          }
          anchors[lower++] = at + 2;
        }
      }
    }
    boolean convention = lower >= 3 && 100L * lower > (long) MAX_SHARE_PERCENT * all;
    return convention ? new int[0] : Arrays.copyOf(anchors, lower);
  }

  private static String wordAt(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  @Override
  Replacement repair(Matcher m, Document doc) {
    String text = doc.text();
    String before = m.group(1);
    String first = m.group(2);
    if (!isSentenceEnd(before, text, m.start()) || particles.contains(first) || !EnglishWords.isKnown(first)
        || inLowerCaseQuotation(text, m.start(2)) || followsNamingVerb(text, m.start(1), TITLE_WORDS)) {
      return null;
    }
    List<String> rest = words(m.group(3));
    if (rest.isEmpty() || !startsSentence(first, rest)) {
      return null;
    }
    return replace(m, 2, first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1));
  }

  /**
   * Whether the period after {@code word} at {@code start} ends a sentence: not an abbreviation's
   * or a list marker's, and the clause it closes has a verb (not {@code and the cost of
   * insurance. premiums for the ships has doubled}, where MT moved the period into a noun phrase).
   */
  private boolean isSentenceEnd(String word, String text, int start) {
    boolean capitalised = Character.isUpperCase(word.codePointAt(0));
    if (capitalised ? word.length() <= MAX_ABBREVIATION : abbreviations.contains(word) || isOnlyLinking(word)) {
      return false; // not after a preposition, article or conjunction either: a sentence does not end there
    }
    int lineStart = text.lastIndexOf('\n', start) + 1;
    String lineBefore = text.substring(lineStart, start);
    if (words(lineBefore).size() + 1 < MIN_WORDS_BEFORE || lineBefore.strip().endsWith(":")) { // + the word itself
      return false;
    }
    if (EnglishWords.tags(word).equals(Set.of("JJ")) && isNounDeterminer(tokenBefore(text, start))) {
      return false; // hit by a strong. swell near: an adjective after a or its needs its noun
    }
    if (beganInLowerCase(text, start)) {
      return false; // we were young. we were only young: verse or notes, written in lower case
    }
    int clauseStart = lineStart;
    for (int i = start - 1; i >= lineStart; i--) {
      if (",;:.!?".indexOf(text.charAt(i)) >= 0) {
        clauseStart = i + 1;
        break;
      }
    }
    List<String> clause = words(text.substring(clauseStart, start) + word);
    for (int i = 0; i < clause.size(); i++) {
      if (isVerb(clause.get(i), i == 0 ? null : clause.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is {@code a}, {@code an} or a possessive determiner ({@code its}); not {@code the}, as in {@code help the poor.} */
  private static boolean isNounDeterminer(Token word) {
    return word != null && (word.text().equalsIgnoreCase("a") || word.text().equalsIgnoreCase("an")
        || MissingPeriodFixer.isPossessiveDeterminer(word.text()));
  }

  /**
   * Whether the sentence that ends at {@code end} began with a lower-case letter, back to the last
   * sentence mark or the paragraph's start: its writer does not capitalise, and the next one is no
   * lost capital.
   */
  private static boolean beganInLowerCase(String text, int end) {
    int i = end - 1;
    while (i >= 0 && ".!?".indexOf(text.charAt(i)) < 0 && !(text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\n')) {
      i--;
    }
    for (int k = i + 1; k < end; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return Character.isLowerCase(text.charAt(k)); // not 5 people died.
      }
    }
    return false;
  }

  /** Whether {@code first} and the words after it, {@code rest} (not empty), read as a sentence of their own. */
  private static boolean startsSentence(String first, List<String> rest) {
    String second = rest.get(0);
    if (CONNECTIVES.contains(first) && second.equals(",")) {
      return startsClause(rest.subList(1, rest.size())); // years. however, the company said
    }
    if (first.equals("according") && second.equals("to")) {
      for (int i = 1; i < Math.min(rest.size(), FRONTED_REACH); i++) {
        if (rest.get(i).endsWith(",")) {
          return startsClause(rest.subList(i + 1, rest.size())); // years. according to the company, it loses
        }
      }
      return false;
    }
    if (SUBORDINATORS.contains(first)) {
      return false; // woke up. when he heard a roar: the sentence before, cut; or, with a comma and a clause, maybe moved
    }
    if (SUBJECTS.contains(first) && isLowerWord(second)
        || DETERMINERS.contains(first)
        || isLowerWord(first) && !RELATIVES.contains(first) && SECOND_SUBJECTS.contains(second) && rest.size() > 1
            && isLowerWord(rest.get(1))) {
      return hasVerb(first, rest, rest.size()); // not reported. the arrests.
    }
    Set<String> tags = EnglishWords.tags(first);
    if (PluralSubject.BE_FORMS.contains(first)) {
      return false; // scooters. are used by commuters: a statement does not open with be (are is also a measure of land)
    }
    if (!EnglishWords.hasTagStarting(first, "NN") || !NOUN_OR_VERB.containsAll(tags)) {
      return false;
    }
    if (EnglishWords.hasTagStarting(first, "VB")) { // engineers worked; not types of missiles, make the likelihood
      return isVerb(second, first) && !EnglishWords.hasTagStarting(second, "NN");
    }
    return hasVerb(first, rest, VERB_REACH); // penalty laps in prone shooting were
  }

  /** Whether {@code words} start with a word and a finite verb within reach of it: a clause. */
  private static boolean startsClause(List<String> words) {
    return words.size() >= 2 && isLowerWord(words.get(0)) && hasVerb(words.get(0), words.subList(1, words.size()), VERB_REACH);
  }

  /**
   * Whether one of the first {@code reach} lower-case words of {@code rest} reads as a finite verb;
   * a noun that is also a verb does not count at the sentence's end, where it closes a compound
   * ({@code box. office records.}), nor after an adjective or a number, where it is the noun they
   * go with ({@code doing. the final tests for}, {@code significant. local tax and}, {@code every 45 minutes}), nor a
   * plural after a noun, the head of their compound ({@code stock. troughs and dairy sheds from}).
   */
  private static boolean hasVerb(String first, List<String> rest, int reach) {
    for (int i = 0; i < Math.min(rest.size(), reach) && (isLowerWord(rest.get(i)) || isNumber(rest.get(i))); i++) {
      String word = rest.get(i);
      String previous = i == 0 ? first : rest.get(i - 1);
      boolean noun = EnglishWords.hasTagStarting(word, "NN");
      boolean nounPosition = noun && (i == rest.size() - 1 || EnglishWords.hasTag(previous, "JJ") || isNumber(previous)) // every 45 minutes
          || EnglishWords.hasTag(word, "NNS") && EnglishWords.hasTagStarting(previous, "NN"); // troughs and dairy sheds: a compound's plural
      if (isVerb(word, previous) && !nounPosition) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String token) {
    return token.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
  }

  /** Whether {@code word} reads as a finite verb after {@code previous}: not right after an article, possessive or preposition (the cost). */
  private static boolean isVerb(String word, String previous) {
    return EnglishWords.tags(word).stream().anyMatch(FINITE_VERBS::contains)
        && (previous == null || !isOnlyLinking(previous) && !EnglishWords.hasTag(previous, "PRP$"));
  }

  /** A word that is only ever a preposition, article or conjunction ({@code of}, {@code the}; not {@code that} or {@code in}). */
  private static boolean isOnlyLinking(String word) {
    Set<String> tags = EnglishWords.tags(word);
    return !tags.isEmpty() && ONLY_LINKING.containsAll(tags);
  }

  private static List<String> words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
  }
}
