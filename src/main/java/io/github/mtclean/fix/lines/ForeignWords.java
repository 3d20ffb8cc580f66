package io.github.mtclean.fix.lines;

import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The frequent words of other Latin-script languages ({@code rules/foreign-words.txt}): for each
 * word, the languages that list it, one bit a language, so that words of one line can be asked
 * whether they belong to the same language.
 */
final class ForeignWords {
  static final String TABLE = "foreign-words.txt";
  private static final String COMBINING_DOT = "\u0307";
  /** The longest elided word before an apostrophe: {@code l'}, {@code qu'}, {@code dell'}. */
  private static final int MAX_ELIDED = 4;

  private final Map<String, Integer> languagesOfWord;

  private ForeignWords(Map<String, Integer> languagesOfWord) {
    this.languagesOfWord = Map.copyOf(languagesOfWord);
  }

  static ForeignWords of(RuleSource source) {
    Map<String, Integer> bitOfLanguage = new LinkedHashMap<>();
    Map<String, Integer> languagesOfWord = new HashMap<>();
    for (LineTables.Entry entry : LineTables.entries(source, TABLE)) {
      int colon = entry.text().indexOf(':');
      if (colon <= 0) {
        throw new RuleFormatException("rules/" + TABLE, entry.line(), "expected CODE: word word ...");
      }
      String code = entry.text().substring(0, colon).strip();
      if (!bitOfLanguage.containsKey(code) && bitOfLanguage.size() == Integer.SIZE) {
        throw new RuleFormatException("rules/" + TABLE, entry.line(), "more than " + Integer.SIZE + " languages");
      }
      int bit = bitOfLanguage.computeIfAbsent(code, c -> 1 << bitOfLanguage.size());
      for (String word : entry.text().substring(colon + 1).strip().split("\\s+")) {
        languagesOfWord.merge(word.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
      }
    }
    return new ForeignWords(languagesOfWord);
  }

  /**
   * The languages listing {@code lowerCaseWord}, one bit each; 0 if none does. Turkish {@code İ}
   * lower-cases to {@code i} and a combining dot, which is dropped; a French or Italian elided
   * article or pronoun ({@code s'abonner}, {@code dell'articolo}) is looked past.
   */
  int languagesOf(String lowerCaseWord) {
    String key = lowerCaseWord.indexOf(COMBINING_DOT) < 0 ? lowerCaseWord : lowerCaseWord.replace(COMBINING_DOT, "");
    int languages = languagesOfWord.getOrDefault(key, 0);
    int apostrophe = Math.max(key.indexOf('\''), key.indexOf('\u2019'));
    return languages != 0 || apostrophe <= 0 || apostrophe > MAX_ELIDED ? languages
        : languagesOfWord.getOrDefault(key.substring(apostrophe + 1), 0);
  }
}
