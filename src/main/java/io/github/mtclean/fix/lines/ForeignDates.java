package io.github.mtclean.fix.lines;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import io.github.mtclean.fix.EnglishWords;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A date stamp in another language, {@code Montag, 4. März 2024} or {@code Thứ Hai, 04/03/2024
 * 09:15}: a short line of nothing but digits, date punctuation and the names of weekdays and months
 * that ICU's locale data gives for other languages, one of them a word English lacks (so that
 * {@code April 2024} stays).
 */
final class ForeignDates {
  /** The languages of {@code rules/foreign-words.txt}, and Vietnamese. */
  private static final List<String> LANGUAGES = List.of(
      "tr", "de", "fr", "es", "pt", "it", "pl", "nl", "cs", "ro", "sv", "hu", "id", "hr", "sr-Latn", "sk", "da", "nb",
      "fi", "fil", "vi");
  private static final int MAX_LENGTH = 60;
  /** Digits, spaces and the marks of dates and times only, besides the letters of the names. */
  private static final Pattern SHAPE = Pattern.compile("[\\p{L}\\p{M}\\d\\s.,:/|-]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  private static final Set<String> NAME_WORDS = nameWords(LANGUAGES);
  /** English's own names, which the tagger knows only capitalised ({@code April}). */
  private static final Set<String> ENGLISH_NAME_WORDS = nameWords(List.of("en"));

  private ForeignDates() {}

  static boolean isForeignDate(String line) {
    if (line.length() > MAX_LENGTH || !SHAPE.matcher(line).matches() || line.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    boolean foreign = false;
    var words = WORD.matcher(line);
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      if (!NAME_WORDS.contains(word)) {
        return false;
      }
      foreign |= !ENGLISH_NAME_WORDS.contains(word) && !EnglishWords.isKnown(word);
    }
    return foreign;
  }

  /** The words of the weekday and month names, wide and abbreviated, of {@code languages}, in lower case. */
  private static Set<String> nameWords(List<String> languages) {
    Set<String> out = new HashSet<>();
    for (String language : languages) {
      DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
      for (String[] names : List.of(symbols.getWeekdays(), symbols.getShortWeekdays(), symbols.getMonths(),
          symbols.getShortMonths(), symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE))) {
        for (String name : names) {
          var words = WORD.matcher(name);
          while (words.find()) {
            out.add(words.group().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return Set.copyOf(out);
  }
}
