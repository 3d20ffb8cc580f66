package io.github.mtclean.fix;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import io.github.mtclean.text.Memo;
import org.languagetool.AnalyzedToken;
import org.languagetool.tagging.Tagger;
import org.languagetool.language.AmericanEnglish;

/**
 * English word classes from LanguageTool's tagger and dictionary: loaded once, shared (its taggers
 * keep no state between calls), asked one word at a time, and the answers remembered, since the
 * same words come back line after line.
 */
public final class EnglishWords {
  private static final Tagger TAGGER = AmericanEnglish.getInstance().getTagger();
  private static final Memo<Set<String>> TAGS = Memo.of(EnglishWords::lookUp);
  private static final Memo<Boolean> STARTERS = Memo.of(EnglishWords::startsSentences);
  private static final Memo<Set<String>> LEMMAS = Memo.of(EnglishWords::lemmasOf);
  private static final Memo<Boolean> ORDINALS = Memo.of(EnglishWords::readsAsOrdinal);
  private static final RuleBasedNumberFormat ORDINAL_FORMAT = ordinalFormat();
  /** Word classes that start a noun phrase or stand for one: the words a sentence often starts with. */
  private static final Set<String> STARTER_CLASSES = Set.of("DT", "PRP", "PRP$", "EX");
  /** Word classes that cannot end a clause: the next word must follow. */
  private static final Set<String> LINKING_CLASSES = Set.of("DT", "PDT", "IN", "CC", "TO", "PRP$", "MD", "WDT", "WP", "WP$", "EX");

  private EnglishWords() {}

  private static RuleBasedNumberFormat ordinalFormat() {
    RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
    format.setDefaultRuleSet("%spellout-ordinal");
    return format;
  }

  /**
   * The Penn Treebank classes LanguageTool gives {@code word} as written (without its refinements:
   * {@code PRP$_A3SM} is {@code PRP$}, {@code NN:U} is {@code NN}); empty for a word it does not know.
   */
  public static Set<String> tags(String word) {
    return TAGS.apply(word);
  }

  private static Set<String> lookUp(String word) {
    Set<String> tags = new TreeSet<>();
    for (AnalyzedToken reading : readings(word)) {
      String tag = reading.getPOSTag();
      if (tag != null && !tag.isEmpty() && Character.isUpperCase(tag.charAt(0))) {
        tags.add(tag.split("[_:]", 2)[0]);
      }
    }
    return Set.copyOf(tags);
  }

  /** LanguageTool's readings of {@code word} as written. */
  private static List<AnalyzedToken> readings(String word) {
    try {
      return TAGGER.tag(List.of(word)).get(0).getReadings();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dictionary forms LanguageTool gives {@code word} as written ({@code said}: {@code say}); empty when it does not know it. */
  public static Set<String> lemmas(String word) {
    return LEMMAS.apply(word);
  }

  private static Set<String> lemmasOf(String word) {
    Set<String> lemmas = new TreeSet<>();
    for (AnalyzedToken reading : readings(word)) {
      if (reading.getLemma() != null && reading.getPOSTag() != null && !reading.getPOSTag().isEmpty()) {
        lemmas.add(reading.getLemma());
      }
    }
    return Set.copyOf(lemmas);
  }

  /** Whether {@code word} is an ordinal number in words ({@code third}, {@code twentieth}), as ICU's English spell-out reads it. */
  public static boolean isOrdinal(String word) {
    return ORDINALS.apply(word);
  }

  private static boolean readsAsOrdinal(String word) {
    ParsePosition end = new ParsePosition(0);
    synchronized (ORDINAL_FORMAT) { // a number format is not thread-safe
      ORDINAL_FORMAT.parse(word, end);
    }
    return end.getIndex() == word.length();
  }

  /**
   * Whether {@code word} makes an adverb in -ly that the dictionary knows ({@code federal},
   * {@code private}, {@code whole}, {@code heavy}, {@code basic}, {@code full}): an adjective
   * proper, not a noun the dictionary also lists as one for its use before another ({@code city},
   * {@code morning}, {@code pandemic}).
   */
  public static boolean hasLyAdverb(String word) {
    String stem = word.substring(0, word.length() - 1);
    return hasTag(word + "ly", "RB")
        || word.endsWith("e") && (hasTag(stem + "ly", "RB") || hasTag(stem + "y", "RB")) // wholly, simply
        || word.endsWith("y") && hasTag(stem + "ily", "RB")
        || word.endsWith("ic") && hasTag(word + "ally", "RB")
        || word.endsWith("ll") && hasTag(word + "y", "RB");
  }

  /** Whether the dictionary knows {@code word}. */
  public static boolean isKnown(String word) {
    return !tags(word).isEmpty();
  }

  public static boolean hasTag(String word, String tag) {
    return tags(word).contains(tag);
  }

  /** Whether one of {@code word}'s classes starts with {@code prefix} ({@code VB} for every verb form). */
  public static boolean hasTagStarting(String word, String prefix) {
    return tags(word).stream().anyMatch(t -> t.startsWith(prefix));
  }

  /**
   * A capitalised determiner or pronoun of two letters or more ({@code The}, {@code This}, {@code It},
   * {@code Their}, {@code There}): a word that starts sentences, and that English writes in lower case
   * inside one. Not a number word ({@code One}), and not {@code I}.
   */
  public static boolean isSentenceStarter(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !isLowerCase(word, 1)) {
      return false;
    }
    return STARTERS.apply(word);
  }

  private static boolean startsSentences(String word) {
    Set<String> tags = tags(word.toLowerCase(Locale.ROOT));
    return tags.stream().anyMatch(STARTER_CLASSES::contains) && !tags.contains("CD");
  }

  /** A word after which a clause cannot end: a preposition, conjunction, determiner, modal ... */
  public static boolean isLinking(String word) {
    return tags(word.toLowerCase(Locale.ROOT)).stream().anyMatch(LINKING_CLASSES::contains);
  }

  /** A determiner that is also a noun and links nothing else ({@code half}): it may end a clause. */
  public static boolean isDeterminerNoun(String word) {
    Set<String> tags = tags(word.toLowerCase(Locale.ROOT));
    return tags.contains("NN")
        && tags.stream().filter(LINKING_CLASSES::contains).allMatch(t -> t.equals("DT") || t.equals("PDT"));
  }

  private static boolean isLowerCase(String word, int from) {
    for (int i = from; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
