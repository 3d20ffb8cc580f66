package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts back a sentence period MT dropped: {@code Vladimir Putin This month} becomes {@code Vladimir
 * Putin. This month}. The sign is a capitalised determiner or pronoun ({@code The}, {@code This},
 * {@code It}, {@code Their}) followed by a lower-case word, right after a word that can end a
 * clause: a noun, a name or a number, not a preposition, article, conjunction, modal or verb
 * ({@code told The}, {@code of The} are not sentence ends). Or it is a capitalised common plural
 * and a finite verb after a time or measure phrase ({@code on Monday Analysts blamed}; see
 * {@link PluralSubject}). Or it is one of a few openers with the word that follows it ({@code the
 * mountain Since then}, {@code villages More than 40}).
 */
final class MissingPeriodFixer extends ProseRule {
  static final String RULE = "boundaries/missing-period";

  /** After one of these, a capitalised word and the capital after it name one thing ({@code the Vote No campaign}). */
  static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** See {@link #isPossessiveDeterminer}. */
  private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "their", "our", "his", "my", "your");

  /**
   * Openers that are no determiner or pronoun, each with a test of the word that must follow it: a
   * title may hold them with other words ({@code the song More Than Words}, {@code Since U Been
   * Gone}), so only these pairs count, and only after a lower-case word or a number ({@code Prices
   * Rise Since the War} is a headline). A conjunction opens a clause with its subject ({@code If
   * the project}, {@code When they}), as does {@code For the past week}; a time adverb opens one
   * with any word ({@code Today only a few remain}); {@code Only} and {@code About}, {@code Nearly} and the like a number ({@code Only four traps}, {@code About 38%}).
   */
  private static final Map<String, Predicate<String>> OPENERS = openers();

  /**
   * The article {@code A} opens a sentence only after a plural noun ({@code faces difficult
   * economics A kilo of lemons}) or a predicate adjective ({@code is pessimistic A smaller group}):
   * after a singular noun it is a letter that labels it ({@code grade A students}, {@code Plan A was}).
   */
  private static final String ARTICLE_A = "A";

  private static Map<String, Predicate<String>> openers() {
    Map<String, Predicate<String>> openers = new HashMap<>();
    Set<String> since = Set.of("then", "the", "its", "their", "his", "her", "last", "early", "late");
    openers.put("Since", word -> since.contains(word) || isNumber(word)); // climb slowly Since 1900 the water
    openers.put("More", "than"::equals);
    for (String conjunction : List.of("If", "When", "Where", "While", "Although", "Though", "Because", "Unless", "For")) {
      openers.put(conjunction, MissingPeriodFixer::opensNounPhrase);
    }
    List<String> approximately = List.of("About", "Around", "Nearly", "Almost", "Roughly", "Approximately");
    Set<String> approximatelyLower = approximately.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    // every day Only around 20 percent
    openers.put("Only", word -> isNumber(word) || word.equals("a") || word.equals("the") || word.equals("few") || approximatelyLower.contains(word));
    for (String word : approximately) {
      openers.put(word, MissingPeriodFixer::isNumber); // the early 1990s About 38% of them
    }
    openers.put("According", "to"::equals); // rose sharply According to the agency
    Set<String> fromWhen = Set.of("from", "in", "on", "at", "next", "this", "with");
    openers.put("Starting", fromWhen::contains); // visit the residents Starting from 2027, the; not played Starting over
    openers.put("Beginning", fromWhen::contains);
    Set<String> laterWhen = Set.of("this", "that", "in", "on", "last", "next");
    openers.put("Later", laterWhen::contains); // 122 years of measurement Later this month, the network
    openers.put("Earlier", laterWhen::contains);
    for (String adverb : List.of("Today", "Yesterday", "Tomorrow")) {
      openers.put(adverb, EnglishWords::isKnown);
    }
    Set<String> quantifiers = Set.of("most", "many", "some", "all", "few", "several", "both");
    openers.put("Now", word -> opensNounPhrase(word) || quantifiers.contains(word)); // which is normal Now the membranes, producers Now most of them
    openers.put("Then", MissingPeriodFixer::opensNounPhrase); // sorted irons and watched Then he gave her
    openers.put("But", EnglishWords::isKnown); // a conservation success But more bears
    openers.put("Most", "of"::equals); // since Saturday Most of them
    // she said Two years ago the team, last year Eleven deaths, since May Three of them: a count of time, of a
    // plural or of a part opens a sentence; a title capitalises its next word too (Two Years Before the Mast)
    Set<String> timeUnits = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
        "decade", "decades", "century", "centuries");
    Predicate<String> counted = word -> timeUnits.contains(word) || word.equals("of") || EnglishWords.hasTag(word, "NNS");
    for (String count : List.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
        "Twelve", "Fifteen", "Twenty", "Thirty", "Forty", "Fifty")) {
      openers.put(count, counted);
    }
    // A is also a letter (grade A students, vitamin A and C); see ARTICLE_A
    openers.put(ARTICLE_A, word -> !EnglishWords.isLinking(word)
        && (EnglishWords.hasTagStarting(word, "NN") || EnglishWords.hasTagStarting(word, "JJ") || Character.isDigit(word.charAt(0)))); // weeks A 2021 strike
    openers.put("Other", word -> EnglishWords.hasTag(word, "NNS")); // tax incentives Other regions
    return Map.copyOf(openers);
  }

  /**
   * Whether {@code word} after {@code before} is an adjective after a possessive determiner, one
   * that is no verb ({@code its former}, {@code their main}; not {@code their building}, {@code his
   * own}): the noun it goes with is still to come, even when the adjective is also a noun.
   */
  static boolean isAdjectiveAfterPossessive(String before, String word) {
    return isPossessiveDeterminer(before) && EnglishWords.hasTagStarting(word, "JJ") && !EnglishWords.hasTagStarting(word, "VB");
  }

  /** {@code its}, {@code their}, {@code our}, {@code his}, {@code my}, {@code your}, in any case; not {@code her}, also an object. */
  static boolean isPossessiveDeterminer(String word) {
    return POSSESSIVE_DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A number in figures ({@code 38%}, {@code 1,200}) or in words ({@code four}). */
  private static boolean isNumber(String word) {
    return Character.isDigit(word.charAt(0)) || EnglishWords.hasTag(word, "CD");
  }

  /** A determiner or pronoun ({@code the}, {@code they}, {@code its}): the start of a clause's subject. */
  private static boolean opensNounPhrase(String word) {
    return EnglishWords.tags(word).stream().anyMatch(t -> t.equals("DT") || t.equals("PRP") || t.equals("PRP$") || t.equals("EX"));
  }

  /**
   * Prepositions that front a phrase of lower-case words closed by a comma ({@code by boat In
   * winter, when}; {@code households At the same time, the}); a title holds capitals ({@code the
   * film In the Heat of the Night, which}).
   */
  private static final Set<String> FRONTING = Set.of(
      "In", "At", "On", "Of", "By", "From", "After", "Before", "During", "Despite", "Under", "Without", "Within", "Throughout", "Between");
  /** Prepositions that may end a clause ({@code what they asked about}); not {@code as}, {@code than}, {@code like}, {@code for}, which may take {@code He} of God. */
  private static final Set<String> STRANDED = Set.of(
      "on", "in", "at", "of", "with", "about", "to", "from", "into", "up", "out", "off", "over", "down", "through", "by", "around");
  /** Verbs whose adjective ends the clause ({@code that was fine}, {@code the roads remain closed}). */
  private static final Set<String> COPULAS = Stream.concat(PluralSubject.BE_FORMS.stream(),
      Stream.of("seems", "seemed", "became", "becomes", "remain", "remains", "remained")).collect(Collectors.toUnmodifiableSet());
  /** Whether {@code word} is an adjective after a copula, which ends its clause ({@code is pessimistic}); not a participle ({@code was singing}). */
  private static boolean isPredicateAdjective(String word, Token previous) {
    return Character.isLowerCase(word.charAt(0)) && EnglishWords.hasTagStarting(word, "JJ") && !EnglishWords.hasTag(word, "VBG")
        && previous != null && COPULAS.contains(previous.text().toLowerCase(Locale.ROOT));
  }

  /** The auxiliary of a perfect tense: its participle may end the clause ({@code have registered}). */
  private static final Set<String> PERFECT = Set.of("has", "have", "had");
  /** Him or His after a lower-case word: a text that capitalises them for God (trust in Him), so its He after a verb is God's too. */
  private static final Pattern REVERENT = Pattern.compile("\\p{Ll}\\h+Hi[ms]\\b");
  private static final Set<String> NOUN_CLASSES = Set.of("NN", "NNS");
  /** Pronouns that are only subjects: after a preposition one starts a clause. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we");
  /** Pronouns that are only objects, in lower case; not {@code her}, also a determiner, nor {@code you}, also a subject. */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "him", "us", "me");

  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  /** A noun in the possessive ({@code city's}, {@code workers'}). */
  static final Pattern POSSESSIVE_NOUN = Pattern.compile("\\p{L}+(?:['\u2019]s|s['\u2019])");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
  /** A capitalised word: a name. */
  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*");
  /** A decade, a noun ({@code the 1990s}, {@code the mid-2010s}, {@code the '80s}). */
  private static final Pattern DECADE = Pattern.compile("(?:(?:mid|early|late)-)?(?:\\d\\d)?\\d0s|['\u2019]\\d0s");

  /**
   * Sentence adverbs that a comma follows: capitalised before a lower-case word, one opens a
   * sentence wherever it stands ({@code five last year Also, the section}, {@code the end of
   * September Yesterday, the city}); a title would capitalise the word after the comma too.
   */
  private static final Set<String> CONNECTIVES = Set.of("Also", "However", "Meanwhile", "Moreover", "Furthermore",
      "Nevertheless", "Nonetheless", "Therefore", "Instead", "Besides", "Separately", "Additionally", "Consequently",
      "Overall", "Finally", "Indeed", "Otherwise", "Likewise", "Similarly", "Still", "Thus", "Hence",
      "Yesterday", "Today", "Tomorrow", "Earlier", "Later");

  /** The fronted phrase's comma comes within this many words. */
  private static final int MAX_FRONTED_WORDS = 5;

  /** Marks a clause verb that takes a person before its clause ({@code tell +object}). */
  static final String TAKES_OBJECT = " +object";
  /** Object-starting classes: a determiner, possessive or number after a verb begins its object. */
  private static final Set<String> OBJECT_START = Set.of("DT", "PRP$", "CD");

  /** Lemmas of verbs that take a clause without {@code that} ({@code say}); true for those that take a person first ({@code tell}). */
  private final Map<String, Boolean> clauseVerbs = new HashMap<>();

  private final CommonNounSubject commonNounSubject;
  /** Lemmas of verbs that take no object ({@code rise}, {@code die}): one ends its clause. */
  private final Set<String> intransitiveVerbs;

  MissingPeriodFixer(Set<String> clauseVerbs, Set<String> institutions, Set<String> intransitiveVerbs) {
    // the third word may be a number in figures, for the openers that take one (About 38%)
    // or a comma, after a connective (last year Also, the section), or a capital after The (skin rashes The Public Health Ministry)
    // or after Every (to buy materials Every Sunday, men); the word before may be a number with thousands (a crowd of 6,812 The)
    super(RULE, "(?<![\\p{L}\\p{N}'\u2019.,\\-/@&])(\\p{N}{1,3}(?:,\\p{N}{3})+|[\\p{L}\\p{N}]{2,}(?:-[\\p{L}\\p{N}]{2,})*)\\h(\\p{Lu}\\p{Ll}*)(?:\\h|(?=,\\h\\p{Ll}))(\\p{Ll}+\\b|\\p{N}[\\p{N},.]*%?(?![\\p{L}\\p{N}])|,|(?<=(?:The|Every)\\h)\\p{Lu}\\p{Ll}+\\b|\\p{Lu}\\p{Ll}+(?=\\h(?:said|says|told|added|noted|warned)\\b))");
    for (String entry : clauseVerbs) {
      this.clauseVerbs.put(entry.replace(TAKES_OBJECT, ""), entry.endsWith(TAKES_OBJECT));
    }
    this.commonNounSubject = new CommonNounSubject(institutions);
    this.intransitiveVerbs = intransitiveVerbs;
  }

  @Override
  boolean isAnchorWord(String word) {
    return EnglishWords.isSentenceStarter(word) || PluralSubject.isCandidate(word) || ModifiedSubject.isCandidate(word)
        || CommonNounSubject.isParticipleCandidate(word) || OPENERS.containsKey(word) || FRONTING.contains(word) || CONNECTIVES.contains(word);
  }

  /** A name before a verb of saying may open a sentence ({@link PluralSubject#startsNamedSentence}), also a given name and a surname. */
  @Override
  boolean isNameAnchor(String text, int end, String word) {
    return (PluralSubject.isReportingAt(text, end) || isSurnameThenReporting(text, end)) && PluralSubject.isNameCandidate(word);
  }

  /** Whether a space, a surname and a verb of saying follow {@code end} ({@code 2026 Treviño Garza said}). */
  private static boolean isSurnameThenReporting(String text, int end) {
    Token surname = tokenAfter(text, end);
    return surname != null && surname.start() == end + 1 && PluralSubject.isReportingAt(text, surname.end())
        && PluralSubject.isNameCandidate(surname.text());
  }

  @Override
  Replacement repair(Matcher m, Document doc) {
    String text = doc.text();
    String before = m.group(1);
    String starter = m.group(2);
    boolean starts;
    if (Character.isUpperCase(m.group(3).charAt(0)) && starter.equals("The")) {
      starts = namesInstitutionSubject(text, m.start(3)) && isLowerWord(before) && EnglishWords.hasTagStarting(before, "NN")
          && !EnglishWords.isLinking(before) && ModifiedSubject.sentenceHasVerb(text, m.start(1));
    } else if (Character.isUpperCase(m.group(3).charAt(0))) {
      // Every and a weekday or month open a sentence after a noun that ends one (to buy materials Every Sunday, men);
      // not a title's words (sang Every Sunday Morning)
      starts = LocaleNames.isWeekdayOrMonth(m.group(3)) && isLowerWord(before) && EnglishWords.hasTagStarting(before, "NN")
          && !startsTitle(text, m.end(3)) && canEndClause(doc, before, starter, m.group(3), tokenBefore(text, m.start(1)))
          // a given name and a surname before a verb of saying, after a time phrase (the first half of 2026 Treviño Garza said)
          || isSurnameThenReporting(text, m.start(3) - 1) && PluralSubject.startsNamedSentence(text, m.start(1), before, starter, "said")
              && !followsClauseVerb(text, m.start(1), true) && hasFiniteReadingBefore(text, m.start(1));
    } else if (m.group(3).equals(",")) {
      // a connective and its comma open a sentence after any word that can end one: last year Also, the section
      starts = CONNECTIVES.contains(starter) && !EnglishWords.isLinking(before) && !isWordmark(before);
    } else if (OPENERS.containsKey(starter) || FRONTING.contains(starter)) {
      boolean attribution = isAttribution(text, starter, m.group(3), m.end(3));
      Fronted fronted = FRONTING.contains(starter) ? frontedPhrase(text, m.start(3)) : Fronted.NONE;
      boolean opens = FRONTING.contains(starter) ? fronted != Fronted.NONE
          : OPENERS.get(starter).test(m.group(3)) && (!startsTitle(text, m.end(3)) || attribution);
      starts = opens && (Character.isLowerCase(before.charAt(0)) || Character.isDigit(before.charAt(0))
              || LocaleNames.isWeekdayOrMonth(before)) // since Saturday Most of them
          && (!starter.equals(ARTICLE_A) || EnglishWords.hasTag(before, "NNS") || isPredicateAdjective(before, tokenBefore(text, m.start(1))))
          && (!starter.equals("Other") || EnglishWords.hasTagStarting(before, "NN") && !EnglishWords.hasTagStarting(before, "VB")) // not released Other voices, a title
          && (EnglishWords.hasTag(before, "VBN") && !EnglishWords.isLinking(before) // had not been decided If the
              || FRONTING.contains(starter) && EnglishWords.hasTag(before, "VBG") // to avoid looting During these months,
              || attribution && EnglishWords.hasTagStarting(before, "NN") && !EnglishWords.isLinking(before) // Bornova districts According to the statement,
              || fronted == Fronted.TO_COMMA && !EnglishWords.isLinking(before) // released by burning coal On some winter days, the
              || canEndClause(doc, before, starter, m.group(3), tokenBefore(text, m.start(1))));
    } else if (EnglishWords.isSentenceStarter(starter)) {
      starts = EnglishWords.isKnown(m.group(3)) && canEndClause(doc, before, starter, m.group(3), tokenBefore(text, m.start(1)))
          && hasFiniteReadingBefore(text, m.start(1));
    } else {
      // a time phrase ends a sentence only after its verb: In closing arguments on Tuesday Duval told
      boolean verbBefore = hasFiniteReadingBefore(text, m.start(1));
      starts = (PluralSubject.startsSentence(text, m.start(1), before, starter, m.group(3), m.end(3))
              || ModifiedSubject.startsSentence(text, m.start(1), before, starter, m.group(3), m.end(3)))
          && !followsClauseVerb(text, m.start(1), true) && verbBefore
          || (PluralSubject.startsNamedSentence(text, m.start(1), before, starter, m.group(3)) || closesOnPronoun(before, starter, m.group(3)))
              && !followsClauseVerb(text, m.start(1), true) && verbBefore
          || (PluralSubject.startsAfterClause(text, m.start(1), before, starter, m.group(3), m.end(3))
              || commonNounSubject.startsSentence(text, m.start(1), before, starter, m.end(2)))
          && !followsClauseVerb(text, m.start(1), false);
    }
    return starts ? insert(m.end(1), ".") : null;
  }

  /** Capitalised words an institution's name may hold before its head noun ({@code The Public Health Ministry}). */
  private static final int MAX_INSTITUTION_WORDS = 4;

  /**
   * Whether the capitalised words from {@code start} name a public body or office ({@code
   * rules/institutions.txt}: {@code Public Health Ministry}) and a finite verb follows them: a
   * sentence's subject after a capitalised The, which no title of a body takes mid-sentence.
   */
  private boolean namesInstitutionSubject(String text, int start) {
    Token t = tokenAfter(text, start);
    for (int words = 0; t != null && words < MAX_INSTITUTION_WORDS && NAME.matcher(t.text()).matches(); words++) {
      Token next = tokenAfter(text, t.end());
      if (commonNounSubject.isInstitution(t.text().toLowerCase(Locale.ROOT))) {
        return next != null && isLowerWord(next.text()) && PluralSubject.isFinite(next.text());
      }
      t = next;
    }
    return false;
  }

  /** How a fronted phrase ends: it does not, or a comma closes it, which no title's words hold, or a clause follows it. */
  private enum Fronted { NONE, TO_COMMA, BEFORE_CLAUSE }

  /**
   * Whether the lower-case words, possessives and numbers from {@code start} on make a phrase
   * within {@link #MAX_FRONTED_WORDS}: closed by a comma ({@code Of the island's 180 residents,
   * more}), or by a noun after which a determiner or subject pronoun opens the clause ({@code In
   * the meantime the land earns}). After a lower-case noun a name may stand in it ({@code By the
   * foot of the Fedaia, only two}); a title capitalises its nouns ({@code In the Heat of the Night}).
   */
  private static Fronted frontedPhrase(String text, int start) {
    Token t = tokenAfter(text, start);
    boolean noun = false;
    boolean named = false; // a name may follow a lower-case noun (By the foot of the Fedaia,); a title capitalises its nouns
    for (int words = 0; t != null && words < MAX_FRONTED_WORDS; words++, t = tokenAfter(text, t.end())) {
      boolean comma = t.text().endsWith(",");
      String word = POSSESSIVE.matcher(comma ? t.text().substring(0, t.text().length() - 1) : t.text()).replaceFirst("");
      boolean decade = DECADE.matcher(word).matches();
      if (!isLowerWord(word) && !NUMBER.matcher(word).matches() && !decade && !(named && NAME.matcher(word).matches())) {
        return Fronted.NONE;
      }
      if (comma) {
        return Fronted.TO_COMMA;
      }
      if (noun && opensClause(word)) {
        Token next = tokenAfter(text, t.end());
        return next != null && isLowerWord(next.text()) ? Fronted.BEFORE_CLAUSE : Fronted.NONE;
      }
      noun = decade || isLowerWord(word) && EnglishWords.hasTagStarting(word, "NN") && !opensClause(word);
      named |= noun;
    }
    return Fronted.NONE;
  }

  /** A determiner or a subject pronoun: the start of a clause's subject ({@code the land}, {@code they}). */
  private static boolean opensClause(String word) {
    return EnglishWords.hasTag(word, "DT") && !EnglishWords.hasTag(word, "WDT") || SUBJECT_PRONOUNS.contains(word);
  }

  /**
   * Whether {@code According to} from {@code end} on is a fronted attribution, closed by a comma
   * within {@link #MAX_FRONTED_WORDS} words and then a clause, not a relative one ({@code According
   * to Ms Mäkelä, money}): it opens a sentence after any noun, and a name may follow it.
   */
  private static boolean isAttribution(String text, String starter, String next, int end) {
    if (!starter.equals("According") || !next.equals("to")) {
      return false;
    }
    Token t = tokenAfter(text, end);
    for (int words = 0; t != null && words < MAX_FRONTED_WORDS; words++, t = tokenAfter(text, t.end())) {
      if (t.text().endsWith(",")) {
        Token after = tokenAfter(text, t.end());
        return after != null && !EnglishWords.hasTag(after.text(), "WDT") && !EnglishWords.hasTag(after.text(), "WP")
            && !EnglishWords.hasTag(after.text(), "CC"); // the show According to Jim, which ran: a title
      }
      if (!Character.isLetterOrDigit(t.text().charAt(t.text().length() - 1))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a capitalised word follows {@code end}: {@code the film When the Wind Blows} is a title, in title case. */
  private static boolean startsTitle(String text, int end) {
    Token next = tokenAfter(text, end);
    return next != null && Character.isUpperCase(next.text().charAt(0));
  }

    /** A word in capitals ({@code KAZINFORM The number}): a dateline or an agency's name, not a sentence end. */
  private static boolean isWordmark(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
        && word.chars().anyMatch(Character::isLetter);
  }

  /**
   * Whether the sentence before {@code at} holds a verb that takes a clause without {@code that}
   * and has not yet taken another complement ({@code said on Monday Democrats had}, {@code told a
   * rally on Sunday Democrats must}): the plural may start that clause. A verb with an object
   * ({@code announced the curfew}) is done, unless it takes a person first; after a determiner
   * the word is a noun ({@code the state of}). A finite verb of its own ends the verb's clause
   * ({@code said on Tuesday that the first jets would be delivered over five years Airlines});
   * without {@code objectEndsIt}, only such a verb or {@code that} does: {@code said the band Editors
   * played} reports what the band did, {@code said the mill has closed Workers} need not.
   */
  private boolean followsClauseVerb(String text, int at, boolean objectEndsIt) {
    for (Token t = tokenBefore(text, at); t != null; t = tokenBefore(text, t.start())) {
      String word = t.text();
      if (endsSentence(word)) {
        return false; // the sentence starts after this word
      }
      String bare = word.replaceFirst("[,;:]$", "").toLowerCase(Locale.ROOT);
      if (afterDeterminer(text, t)) {
        continue; // the state of: a noun
      }
      for (String lemma : EnglishWords.lemmas(bare)) {
        Boolean takesPerson = clauseVerbs.get(lemma);
        if (takesPerson != null && !takesInfinitive(text, t.end())
            && (takesPerson || !(objectEndsIt ? hasObject(text, t.end()) : opensThatClause(text, t.end())))) {
          return true;
        }
      }
      if (ModifiedSubject.isFiniteVerb(text, t)) {
        return false; // said the sawmill has made a loss ... Construction has: the clause verb's clause has its own verb
      }
    }
    return false;
  }

  /** Whether a lower-case determiner or possessive, not a relative {@code that}, comes right before {@code t}, which is then a noun. */
  private static boolean afterDeterminer(String text, Token t) {
    Set<String> tags = tagsBefore(text, t);
    return (tags.contains("DT") || tags.contains("PRP$")) && !tags.contains("WDT") && !tags.contains("IN"); // not the group that said
  }

  /** Pronouns that are objects and nothing else, which end the clause they close ({@code with almost nothing}). */
  private static final Set<String> INDEFINITE_OBJECTS = Set.of("nothing", "everything", "something", "anything");

  /**
   * Whether a name and a verb of saying start a sentence after an object pronoun ({@code are
   * returning with almost nothing Mondal said}): no name's title stands there, as one may after a
   * noun ({@code Tottenham striker Kane said}).
   */
  private static boolean closesOnPronoun(String before, String name, String verb) {
    return (OBJECT_PRONOUNS.contains(before) || INDEFINITE_OBJECTS.contains(before))
        && PluralSubject.isReporting(verb) && PluralSubject.isNameCandidate(name);
  }

  /** Whether {@code to} follows a verb ending at {@code end}: it takes an infinitive there, not a clause ({@code expected to finish}). */
  private static boolean takesInfinitive(String text, int end) {
    Token next = tokenAfter(text, end);
    return next != null && next.text().equals("to");
  }

  /** Whether {@code that} follows a verb ending at {@code end}: its clause is the one after it ({@code said that the programme costs}). */
  private static boolean opensThatClause(String text, int end) {
    Token next = tokenAfter(text, end);
    return next != null && next.text().equals("that");
  }

  /** Whether the words after a verb ending at {@code end} start its object: a determiner, possessive or number. */
  private static boolean hasObject(String text, int end) {
    Token next = tokenAfter(text, end);
    if (next == null) {
      return false;
    }
    String word = next.text().toLowerCase(Locale.ROOT);
    return Character.isDigit(word.charAt(0)) || EnglishWords.tags(word).stream().anyMatch(OBJECT_START::contains);
  }

  /** Whether {@code doc} writes Him or His for God ({@link #REVERENT}): looked for once per text, not at each candidate. */
  private static boolean writesForGod(Document doc) {
    return doc.view(REVERENT, d -> REVERENT.matcher(d.text()).find());
  }

  /**
   * A name, a number, or a lower-case noun; or a preposition that may end a clause, before a
   * pronoun it cannot take ({@code to feed on He also}). A word that may also be a verb takes an object: a
   * pronoun after it ({@code see It}) is that object; a determiner or {@code There} ({@code the
   * coast The storm}, {@code in a row There is}) is not, since it would not be capitalised; and
   * after a preposition or determiner it is a noun ({@code at dawn It carried}); elsewhere a word
   * in -ing is a verb ({@code also doing His laundry}), but a noun after a number or determiner
   * ({@code with one charging The city}); {@code ago}, {@code earlier} and {@code later} close a phrase after a plural or a unit of time ({@code
   * years ago Several}, {@code a decade earlier The}). A determiner that is also a noun ({@code
   * the second half He}) ends a clause before a personal pronoun, which no determiner precedes.
   */
  private boolean canEndClause(Document doc, String word, String starter, String next, Token previous) {
    String text = doc.text();
    String lower = starter.toLowerCase(Locale.ROOT);
    boolean personalPronoun = EnglishWords.hasTag(lower, "PRP");
    if (PluralSubject.POSTPOSITIONS.contains(word) && PluralSubject.closesPostposition(previous)) {
      return true; // years ago Several, a decade earlier The
    }
    if (word.equals("ago")) {
      return false;
    }
    if (STRANDED.contains(word) && SUBJECT_PRONOUNS.contains(lower)) {
      // something to feed on He also urged: no preposition takes a subject pronoun, but for God's (in He who made us)
      return !EnglishWords.hasTag(next, "WP") && !EnglishWords.hasTag(next, "WDT");
    }
    if ((SUBJECT_PRONOUNS.contains(lower) || lower.equals("it")) && (EnglishWords.hasTag(word, "VBD") || EnglishWords.hasTag(word, "VBN"))
        && !EnglishWords.isLinking(word) && PluralSubject.isFinite(next) && !writesForGod(doc)) {
      return true; // his family announced He will be buried, the auction house said It had: a capitalised subject pronoun and its verb are no object
    }
    if (OBJECT_PRONOUNS.contains(word) && (SUBJECT_PRONOUNS.contains(lower) && PluralSubject.isFinite(next) || FRONTING.contains(starter))
        && !writesForGod(doc)) {
      return true; // Then I tasted it She was, the first of them By the foot of: an object pronoun ends its clause
    }
    if (EnglishWords.isLinking(word) && !(personalPronoun && EnglishWords.isDeterminerNoun(word))
        || EnglishWords.hasTag(word.toLowerCase(Locale.ROOT), "PRP")) {
      return false;
    }
    if (!Character.isLowerCase(word.charAt(0))) {
      // an acronym after a lower-case word ends a clause (a neural processing unit, or NPU The chip); a dateline's does not
      return !(isWordmark(word) && (previous == null || !isLowerWord(previous.text())))
          && !startsSentence(previous) && !ARTICLES.contains(previous.text()) && !endsTitle(text, previous);
    }
    if (previous != null && (EnglishWords.hasTagStarting(word, "JJ") && (!EnglishWords.hasTagStarting(word, "NN") || starter.equals("The") && EnglishWords.hasLyAdverb(word))
        && ARTICLES.contains(previous.text().toLowerCase(Locale.ROOT)) || isAdjectiveAfterPossessive(previous.text(), word))) {
      // one of the largest The operators, its former The president: an adjective alone after an article or
      // possessive ends no clause here, nor before a stray The one that is also a noun but makes an adverb
      // (the federal The government); a noun the dictionary also calls an adjective may (the pandemic The)
      return false;
    }
    if (isPredicateAdjective(word, previous)) {
      return true; // that was fine By the 2010s: a predicate adjective ends its clause; not was singing Their praises
    }
    if (!EnglishWords.isKnown(word) || !EnglishWords.hasTagStarting(word, "VB")) {
      return EnglishWords.isKnown(word);
    }
    if (EnglishWords.lemmas(word).stream().anyMatch(intransitiveVerbs::contains)) {
      return true; // 30 percent risen The waiting list, three people died The fire: a verb that takes no object ends its clause
    }
    if (EnglishWords.hasTag(word, "VBN") && previous != null && (PERFECT.contains(previous.text()) || PluralSubject.isPassive(text, previous))
        && EnglishWords.hasTag(lower, "DT") && !personalPronoun) {
      return true; // households have registered The council says; needed to be replaced or strengthened The work: a capitalised article is no object's
    }
    boolean gerund = EnglishWords.hasTag(word, "VBG"); // also doing His laundry: a verb and its object
    boolean gerundNoun = gerund && previous != null && (isLowerWord(previous.text())
        && (EnglishWords.hasTag(previous.text(), "CD") || EnglishWords.hasTag(previous.text(), "DT")) // with one charging
        || LocaleNames.isWeekdayOrMonth(previous.text())); // on Tuesday evening The minister
    return (EnglishWords.hasTagStarting(word, "NN") || gerundNoun)
        && (isNounPosition(previous) || gerundNoun || followsArticleAndAdjective(text, previous) || followsNounOnly(previous)
            || isPossessive(previous) && !EnglishWords.hasTag(word, "VBD") && !EnglishWords.hasTag(word, "VBN") && !gerund // the council's decision They; not the council's decided, has
            || !personalPronoun && !gerund
            && (EnglishWords.hasTag(lower, "DT") || EnglishWords.hasTag(lower, "PRP$") || EnglishWords.hasTag(lower, "EX")));
  }

  /**
   * Whether the capitalised words ending with {@code previous} read as the title of a work or a
   * thing ({@code the Of Course I Still Love You platform}): one of them after the first is a
   * function word or {@code I}, which a name never holds but a title does, and the pronoun after
   * may be its last word.
   */
  private static boolean endsTitle(String text, Token previous) {
    for (Token t = previous; t != null && Character.isUpperCase(t.text().charAt(0)); t = tokenBefore(text, t.start())) {
      Token before = tokenBefore(text, t.start());
      boolean first = before == null || !Character.isUpperCase(before.text().charAt(0));
      if (!first && (t.text().equals("I") || isLowerWord(t.text().substring(1)) && EnglishWords.isLinking(t.text()))) {
        return true;
      }
    }
    return false;
  }

  /** After an article and an adjective, where a verb cannot stand ({@code a full harvest}). */
  private static boolean followsArticleAndAdjective(String text, Token previous) {
    if (previous == null || !isLowerWord(previous.text()) || !EnglishWords.hasTagStarting(previous.text(), "JJ")) {
      return false;
    }
    Token article = tokenBefore(text, previous.start());
    return article != null && ARTICLES.contains(article.text());
  }

  /** After a word that is only a noun, the noun of a compound ({@code the production line}), where a verb rarely stands. */
  private static boolean followsNounOnly(Token previous) {
    if (previous == null || !isLowerWord(previous.text())) {
      return false;
    }
    Set<String> tags = EnglishWords.tags(previous.text());
    return !tags.isEmpty() && NOUN_CLASSES.containsAll(tags);
  }

  /** A possessive noun or name ({@code council's}, {@code Kenya’s}, {@code officials'}): what follows is its noun, unless the {@code 's} is a verb's. */
  private static boolean isPossessive(Token previous) {
    return previous != null && POSSESSIVE_NOUN.matcher(previous.text()).matches();
  }

  /** After a lower-case preposition, determiner, possessive pronoun or number, where a verb cannot stand ({@code with one charging}). */
  private static boolean isNounPosition(Token previous) {
    if (previous != null && NUMBER.matcher(previous.text()).matches() && previous.text().length() != 4) {
      return true; // more than 25 metres Twelve of them: a measure's noun after a number (not a year's)
    }
    if (previous == null || !isLowerWord(previous.text())) {
      return false;
    }
    var tags = EnglishWords.tags(previous.text());
    return tags.contains("IN") && !tags.contains("TO") || tags.contains("DT") || tags.contains("PRP$") || tags.contains("CD");
  }
}
